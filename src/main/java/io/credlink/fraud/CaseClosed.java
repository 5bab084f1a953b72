package io.credlink.fraud;

import org.springframework.http.HttpStatus;

/** The case is already closed: a closed case no longer changes. */
public class CaseClosed extends FraudProblem {

    public CaseClosed(String id, CaseStatus status) {
        super(HttpStatus.CONFLICT, "case-closed", "Case closed",
                "Case " + id + " is already closed as " + status + "; a closed case no longer changes.");
    }
}
