package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** A withdrawn sanction is final: it cannot be withdrawn again or ended early. */
public class SanctionAlreadyWithdrawn extends SanctionProblem {

    public SanctionAlreadyWithdrawn(String id) {
        super(HttpStatus.CONFLICT, "sanction-already-withdrawn", "Sanction already withdrawn", "sanction " + id + " was withdrawn and cannot change any more");
    }
}
