package io.credlink.resolution;

/** Published after a run or a decision changed resolved entities. */
public record ResolutionCompleted(String runId, long changedParties) {
}
