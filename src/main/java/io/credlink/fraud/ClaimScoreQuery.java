package io.credlink.fraud;

/**
 * A page of the triage queue.
 *
 * @param kind      only claims with a factor from a detector of this kind (null: any)
 * @param insurerId only claims on a policy of this insurer (null: any)
 */
public record ClaimScoreQuery(double minScore, AlertKind kind, String insurerId, int page, int size) {
}
