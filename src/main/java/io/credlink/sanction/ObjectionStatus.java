package io.credlink.sanction;

/** Where an objection stands: open until a regulator resolves it. */
public enum ObjectionStatus {
    OPEN,
    UPHELD,
    REJECTED
}
