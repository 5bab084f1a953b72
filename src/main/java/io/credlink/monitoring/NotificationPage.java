package io.credlink.monitoring;

import java.util.List;

/** One page of the inbox, newest first. */
public record NotificationPage(List<NotificationView> items, int page, int size, long total) {
}
