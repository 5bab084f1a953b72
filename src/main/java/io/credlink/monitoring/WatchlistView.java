package io.credlink.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A watch list.
 *
 * @param owner {@code org:<insurer id>} for an insurer's list (shared by its users), else {@code user:<name>}
 */
public record WatchlistView(String id, String name, List<String> entityIds, String owner, OffsetDateTime createdAt) {
}
