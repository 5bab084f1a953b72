package io.credlink.sanction;

/** An objection is resolved once. */
public class ObjectionAlreadyResolved extends RuntimeException {

    public ObjectionAlreadyResolved(String id, ObjectionStatus status) {
        super("objection " + id + " was already resolved: " + status);
    }
}
