package io.credlink.access;

/** What a special-approval request asks for. */
public enum AccessScope {
    /** The full personal data of a party that is not one of the insurer's customers. */
    PII,
    /** The network of an entity deeper than 2 hops. */
    DEEP_NETWORK
}
