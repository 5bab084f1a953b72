package io.credlink.fraud;

/**
 * What an analyst attaches to a case after opening it: an alert, a ring (its RING alert), a claim
 * or a party of the imported graph.
 */
public enum CaseItemKind {
    ALERT, RING, CLAIM, PARTY
}
