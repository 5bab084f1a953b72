package io.credlink.resolution;

import java.util.List;

/** Every candidate of a party scored at or above the review threshold (or decided), best first. */
public record MatchesView(String entityId, String resolvedId, List<MatchView> items) {
}
