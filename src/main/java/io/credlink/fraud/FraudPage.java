package io.credlink.fraud;

import java.util.List;

/** One page of a list. */
public record FraudPage<T>(List<T> items, int page, int size, long total) {
}
