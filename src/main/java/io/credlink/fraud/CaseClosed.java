package io.credlink.fraud;

/** The case is already closed: a closed case no longer changes. */
public class CaseClosed extends RuntimeException {

    public CaseClosed(String id, CaseStatus status) {
        super("Case " + id + " is already closed as " + status + "; a closed case no longer changes.");
    }
}
