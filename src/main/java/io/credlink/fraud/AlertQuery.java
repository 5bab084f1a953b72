package io.credlink.fraud;

/**
 * Which alerts to list.
 *
 * @param kind     only this kind (null = all)
 * @param minScore only alerts scoring at least this
 */
public record AlertQuery(AlertKind kind, double minScore, int page, int size) {
}
