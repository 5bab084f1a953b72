package io.credlink.sanction;

/** Kinds of sanction of the dataset contract (sanctions.csv {@code kind}). */
public enum SanctionKind {
    WARNING, FINE, LICENSE_SUSPENDED, LICENSE_REVOKED, BAN_FROM_OFFICE, BAN_FROM_INDUSTRY, CRIMINAL_REFERRAL, OTHER
}
