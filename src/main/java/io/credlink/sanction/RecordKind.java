package io.credlink.sanction;

/** Kinds of credit record of the dataset contract (records.csv {@code kind}). */
public enum RecordKind {
    COMPLAINT, LITIGATION, VIOLATION, TAX_ARREARS, AWARD, RED_LIST, OTHER
}
