package io.credlink.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

/** A webhook subscription; the secret is never shown again. */
public record SubscriptionView(String id, String watchlistId, List<NotificationKind> events, String url, String owner,
        OffsetDateTime createdAt) {
}
