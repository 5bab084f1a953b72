package io.credlink.access;

/** The life of a special-approval request. EXPIRED is an APPROVED request past its expiry. */
public enum AccessRequestStatus {
    PENDING, APPROVED, REJECTED, EXPIRED
}
