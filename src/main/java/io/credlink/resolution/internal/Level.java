package io.credlink.resolution.internal;

/**
 * How two values of a field compare. MISSING (either side empty) weighs nothing. GARBLED is an id
 * number or credit code that fails its check against a valid one more than two edits away: weak
 * evidence (the invalid one may be any typing accident), never the strong DIFFERENT of two valid
 * numbers.
 */
public enum Level {
    EXACT, CLOSE, DIFFERENT, GARBLED, MISSING;

    static final Level[] ALL = values();
    /** The levels that carry m and u probabilities. */
    static final int PRESENT = 4;
}
