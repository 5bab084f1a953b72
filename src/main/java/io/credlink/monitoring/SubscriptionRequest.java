package io.credlink.monitoring;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Deliver these events about the list's parties to a webhook, signed with {@code secret}. */
public record SubscriptionRequest(
        @NotBlank @Size(max = 100) String watchlistId,
        @NotEmpty List<@NotNull NotificationKind> events,
        @NotBlank @Size(max = 2000) String url,
        @NotBlank @Size(min = 16, max = 200) String secret) {
}
