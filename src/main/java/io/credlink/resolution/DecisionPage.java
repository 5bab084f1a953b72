package io.credlink.resolution;

import java.util.List;

/** A page of recorded decisions, latest first. */
public record DecisionPage(List<RecordedDecision> items, int page, int size, long total) {
}
