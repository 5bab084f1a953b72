package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** An objection is resolved once. */
public class ObjectionAlreadyResolved extends SanctionProblem {

    public ObjectionAlreadyResolved(String id, ObjectionStatus status) {
        super(HttpStatus.CONFLICT, "objection-already-resolved", "Objection already resolved", "objection " + id + " was already resolved: " + status);
    }
}
