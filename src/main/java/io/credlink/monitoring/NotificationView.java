package io.credlink.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A notification about one party of one watch list ({@code entityId}): the changes of one burst
 * ({@code kinds}, in order; {@code kind} is the first), the parties they are about
 * ({@code subjectIds}: the watched party, or other members of its resolved entity), and how its
 * webhook deliveries stand.
 */
public record NotificationView(String id, NotificationKind kind, List<NotificationKind> kinds, OffsetDateTime at,
        String entityId, List<String> subjectIds, String watchlistId, String summary, Delivery delivery) {

    /**
     * Delivery over the list's matching subscriptions: NONE without one, else the least advanced
     * status (PENDING before FAILED before DELIVERED), the attempts made and the last error.
     */
    public record Delivery(String status, long attempts, String lastError) {
    }
}
