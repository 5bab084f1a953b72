package io.credlink.fraud;

/** Nothing of that kind has the id an analyst asked to attach to a case. */
public class CaseItemNotFound extends RuntimeException {

    public CaseItemNotFound(CaseItemKind kind, String id) {
        super(switch (kind) {
            case ALERT -> "No fraud alert has id " + id + ".";
            case RING -> "No collusion ring has id " + id + ".";
            case CLAIM -> "No claim has id " + id + ".";
            case PARTY -> "No party has id " + id + ".";
        });
    }
}
