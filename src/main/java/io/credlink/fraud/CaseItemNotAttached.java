package io.credlink.fraud;

/** The item an analyst asked to remove from a case is not attached to it (under that kind). */
public class CaseItemNotAttached extends RuntimeException {

    public CaseItemNotAttached(String caseId, CaseItemKind kind, String itemId) {
        super(switch (kind) {
            case ALERT -> "Alert " + itemId + " is not attached to case " + caseId + ".";
            case RING -> "Ring " + itemId + " is not attached to case " + caseId + ".";
            case CLAIM -> "Claim " + itemId + " is not attached to case " + caseId + ".";
            case PARTY -> "Party " + itemId + " is not attached to case " + caseId + ".";
        });
    }
}
