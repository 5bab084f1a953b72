package io.credlink.resolution;

/** A person's verdict on a pair. */
public enum Decision {
    SAME, DIFFERENT
}
