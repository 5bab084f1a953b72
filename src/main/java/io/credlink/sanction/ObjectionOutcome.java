package io.credlink.sanction;

/** How a regulator resolves an objection. */
public enum ObjectionOutcome {
    /** The objection is right: the sanction or record is withdrawn (kept, marked withdrawn). */
    UPHELD,
    /** The objection is wrong: the item stands and is no longer disputed. */
    REJECTED
}
