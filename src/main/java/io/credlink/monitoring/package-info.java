/**
 * Continuous monitoring: watch lists of parties per owner (an insurer's lists belong to its
 * organisation), webhook subscriptions, notifications fed by the other modules' events after
 * they commit (deduplicated per list and party over a short window), and a durable outbox in
 * the graph that a single-threaded dispatcher delivers as signed JSON, at least once.
 */
package io.credlink.monitoring;
