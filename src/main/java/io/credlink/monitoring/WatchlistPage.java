package io.credlink.monitoring;

import java.util.List;

/** One page of the caller's watch lists, newest first. */
public record WatchlistPage(List<WatchlistView> items, int page, int size, long total) {
}
