package io.credlink.fraud;

import org.springframework.http.HttpStatus;

/** No case has this id. */
public class CaseNotFound extends FraudProblem {

    public CaseNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "case-not-found", "Case not found", "No fraud case has id " + id + ".");
    }
}
