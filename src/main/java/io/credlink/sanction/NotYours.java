package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** The signed-in user may not act on this item: it is about another party or organisation. */
public class NotYours extends SanctionProblem {

    public NotYours(String detail) {
        super(HttpStatus.FORBIDDEN, "not-yours", "Not yours", detail);
    }
}
