package io.credlink.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A webhook subscription as its owner lists it: never the secret, and how its deliveries stand —
 * outbox entries waiting (first attempt or retry), delivered and given up, the time of the last
 * attempt and the last error of an entry not delivered.
 */
public record SubscriptionStatusView(String id, String watchlistId, List<NotificationKind> events, String url,
        String owner, OffsetDateTime createdAt, Deliveries deliveries) {

    public record Deliveries(long pending, long delivered, long failed, OffsetDateTime lastAttemptAt,
            String lastError) {
    }
}
