package io.credlink.resolution.internal;

/** How two values of a field compare. MISSING (either side empty) weighs nothing. */
public enum Level {
    EXACT, CLOSE, DIFFERENT, MISSING;

    static final Level[] ALL = values();
    /** The levels that carry m and u probabilities. */
    static final int PRESENT = 3;
}
