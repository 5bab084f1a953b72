package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** No sanction has this id. */
public class SanctionNotFound extends SanctionProblem {

    public SanctionNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "sanction-not-found", "Sanction not found", "no sanction with id " + id);
    }
}
