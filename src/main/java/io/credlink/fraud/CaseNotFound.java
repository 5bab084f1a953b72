package io.credlink.fraud;

/** No case has this id. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String id) {
        super("No fraud case has id " + id + ".");
    }
}
