package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** Ids are unique across the whole graph. */
public class IdAlreadyUsed extends SanctionProblem {

    public IdAlreadyUsed(String id) {
        super(HttpStatus.CONFLICT, "id-already-used", "Id already used", "the id " + id + " is already used by another entity");
    }
}
