package io.credlink.monitoring;

import java.util.List;

/** One page of the caller's webhook subscriptions, newest first. */
public record SubscriptionPage(List<SubscriptionStatusView> items, int page, int size, long total) {
}
