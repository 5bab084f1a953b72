package io.credlink.access;

import java.util.List;

/** One page of audit entries, newest first; {@code page} counts from 0. */
public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {
}
