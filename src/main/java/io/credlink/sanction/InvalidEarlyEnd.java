package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** An early end must fall on or after the start and before the current end of the sanction. */
public class InvalidEarlyEnd extends SanctionProblem {

    public InvalidEarlyEnd(String detail) {
        super(HttpStatus.CONFLICT, "invalid-early-end", "Invalid early end", detail);
    }
}
