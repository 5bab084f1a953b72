/**
 * Network-aware credit scores: the indicator system per party type (own sanctions and records
 * weighted by severity and decayed by age, licence status, claim and business behaviour), the
 * network exposure to blacklisted, sanctioned and fraud-flagged parties propagated along the graph,
 * scores 0–1000 with grades A–D and the factors that explain them, stored with history by batch
 * and incremental recomputations, the grade and coverage summary, and counterparty checks. Scores
 * follow other modules' changes in the background: their events are heard after commit and queue
 * recomputations, whose state {@code GET /api/v1/credit/recomputations} shows.
 *
 * <p>Allowed dependencies (verified by the modularity test): fraud, ingest, sanction: the events
 * after which scores are recomputed, and sanction's restrictions and propagation; registry:
 * credit supplies the registry's CreditLookup, and checks ask its ResolutionLookup for the
 * members of resolved entities; access: the signed-in user and the audit of a
 * subject's report; resolution: {@code ResolutionCompleted}, after which the parties whose
 * resolved entity changed are rescored.
 */
@ApplicationModule(allowedDependencies = { "access", "fraud", "graph", "ingest", "registry", "resolution", "sanction" })
package io.credlink.credit;

import org.springframework.modulith.ApplicationModule;
