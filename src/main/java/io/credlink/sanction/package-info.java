/**
 * Joint sanctions: sanctions and credit records recorded by regulators, their withdrawal and
 * early end (credit repair) with history, the propagation rules of DESIGN.md loaded as data,
 * time-aware propagation with the path and rule behind every measure, what-if impact of a proposed
 * sanction, the restrictions in force on a party, the red and black lists for publication,
 * objections of the subjects (due process: disputed until resolved, withdrawn when upheld) and the
 * feedback of the organisations that carry the measures out.
 *
 * <p>Allowed dependencies (verified by the modularity test): access: the signed-in user and role
 * of objections and feedback; ingest and resolution: their events, which make the restrictions
 * projection stale, and resolution's {@code ResolutionCompleted}, on which it takes in the new
 * members of resolved entities (neither depends on this module).
 */
@ApplicationModule(allowedDependencies = { "access", "graph", "ingest", "resolution" })
package io.credlink.sanction;

import org.springframework.modulith.ApplicationModule;
