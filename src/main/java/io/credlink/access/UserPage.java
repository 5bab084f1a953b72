package io.credlink.access;

import java.util.List;

/** One page of users, by name; {@code page} counts from 0. */
public record UserPage(List<UserView> items, int page, int size, long total) {
}
