package io.credlink.fraud;

/** No alert has this id. */
public class AlertNotFound extends RuntimeException {

    public AlertNotFound(String id) {
        super("No fraud alert has id " + id + ".");
    }
}
