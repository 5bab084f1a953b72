package io.credlink.fraud;

/**
 * The alert (or ring) a case was opened on is its origin: it stays with the case, only what was
 * attached later can be removed.
 */
public class CaseOriginNotRemovable extends RuntimeException {

    public CaseOriginNotRemovable(String caseId, String alertId) {
        super("Case " + caseId + " was opened on alert " + alertId + "; what a case was opened on cannot be removed from it.");
    }
}
