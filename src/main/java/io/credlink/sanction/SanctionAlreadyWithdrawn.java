package io.credlink.sanction;

/** A withdrawn sanction is final: it cannot be withdrawn again or ended early. */
public class SanctionAlreadyWithdrawn extends RuntimeException {

    public SanctionAlreadyWithdrawn(String id) {
        super("sanction " + id + " was withdrawn and cannot change any more");
    }
}
