package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** Feedback by a regulator or administrator must name the organisation it reports for. */
public class ImplementerRequired extends SanctionProblem {

    public ImplementerRequired() {
        super(HttpStatus.BAD_REQUEST, "implementer-required", "Implementing organisation required", "a REGULATOR or ADMIN records feedback on behalf of an organisation: give implementedBy");
    }
}
