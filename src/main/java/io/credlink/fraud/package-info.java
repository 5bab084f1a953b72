/**
 * Fraud detection: the DESIGN.md detectors (REPEAT_CLAIM, INSURE_AFTER_LOSS, FAKE_POLICY,
 * FICTITIOUS_BUSINESS) as set-based Cypher, collusion rings found on a weighted party-party
 * linkage with GDS and scored against their peers, a suspicion score for every claim (detector
 * hits, BiRank-style propagation from known fraud and sanctioned parties, neighbourhood), stable
 * alerts with checkable evidence, investigation cases (confirm or dismiss), and the evaluation
 * of all of it against a generated dataset's ground truth.
 *
 * <p>Allowed dependencies (verified by the modularity test): ingest: evaluate imports a generated
 * dataset; sanction: a confirmed case proposes a sanction; datagen and resolution: evaluate scores
 * the resolved entities against the generator's duplicate truth ({@code DuplicateTruth}).
 */
@ApplicationModule(allowedDependencies = { "access", "datagen", "graph", "ingest", "resolution", "sanction" })
package io.credlink.fraud;

import org.springframework.modulith.ApplicationModule;
