package io.credlink.fraud;

/** A case was to be related to itself. */
public class CaseRelatedToItself extends RuntimeException {

    public CaseRelatedToItself(String id) {
        super("Case " + id + " cannot be related to itself.");
    }
}
