package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** No credit record has this id. */
public class RecordNotFound extends SanctionProblem {

    public RecordNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "record-not-found", "Credit record not found", "no credit record with id " + id);
    }
}
