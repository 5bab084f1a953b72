package io.credlink.access;

import java.util.List;

/** One page of special-approval requests, newest first. */
public record AccessRequestPage(List<AccessRequestView> items, int page, int size, long total) {
}
