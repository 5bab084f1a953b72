package io.credlink.registry;

/**
 * One entity found by a search.
 *
 * @param matchedOn what matched: {@code id}, {@code licenseNo}, {@code identifier:<KIND>} or {@code name}
 */
public record SearchHit(String id, String type, String label, String matchedOn) {
}
