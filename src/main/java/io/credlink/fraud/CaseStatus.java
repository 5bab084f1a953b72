package io.credlink.fraud;

/** Where an investigation case stands; CONFIRMED_FRAUD and DISMISSED are final. */
public enum CaseStatus {
    OPEN, CONFIRMED_FRAUD, DISMISSED
}
