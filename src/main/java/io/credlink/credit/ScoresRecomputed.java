package io.credlink.credit;

/** Published after a recomputation stored scores. */
public record ScoresRecomputed(RecomputationView recomputation) {
}
