/**
 * Continuous monitoring: watch lists of parties per owner (an insurer's lists belong to its
 * organisation), webhook subscriptions, notifications fed by the other modules' events after
 * they commit (deduplicated per list and party over a short window), and a durable outbox in
 * the graph that a single-threaded dispatcher delivers as signed JSON, at least once.
 *
 * <p>Allowed dependencies (verified by the modularity test): access: the owner of a list, masking
 * and the audit of deliveries; sanction, credit, fraud: the events it turns into notifications and
 * the propagation of a sanction; graph: background work.
 */
@ApplicationModule(allowedDependencies = { "access", "credit", "fraud", "graph", "sanction" })
package io.credlink.monitoring;

import org.springframework.modulith.ApplicationModule;
