package io.credlink.resolution;

/**
 * The state of a scored pair: {@code MATCH} resolved together automatically (score at or above
 * the match threshold, or the same valid id number / credit code), {@code POSSIBLE} awaits
 * review, {@code CONFIRMED} / {@code REJECTED} a person decided SAME / DIFFERENT.
 */
public enum LinkDecision {
    MATCH, POSSIBLE, CONFIRMED, REJECTED
}
