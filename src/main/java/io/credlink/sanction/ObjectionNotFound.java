package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** No objection has this id. */
public class ObjectionNotFound extends SanctionProblem {

    public ObjectionNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "objection-not-found", "Objection not found", "no objection with id " + id);
    }
}
