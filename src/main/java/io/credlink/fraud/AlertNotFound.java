package io.credlink.fraud;

import org.springframework.http.HttpStatus;

/** No alert has this id. */
public class AlertNotFound extends FraudProblem {

    public AlertNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "alert-not-found", "Alert not found", "No fraud alert has id " + id + ".");
    }
}
