package io.credlink.resolution;

/**
 * A resolution run.
 *
 * @param parties     parties read
 * @param pairsScored candidate pairs compared
 * @param matched     links resolved together (MATCH and CONFIRMED)
 * @param possible    links awaiting review
 * @param written     relationships and properties written because they changed
 */
public record RunView(String runId, long parties, long pairsScored, long matched, long possible, long written,
        long tookMs) {
}
