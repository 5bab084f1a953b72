package io.credlink.resolution;

import java.util.List;

/** A page of the review queue, highest score first. */
public record ReviewPage(List<ReviewView> items, int page, int size, long total) {
}
