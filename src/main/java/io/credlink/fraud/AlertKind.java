package io.credlink.fraud;

/** The fraud detectors of DESIGN.md; each alert is of one kind. */
public enum AlertKind {
    REPEAT_CLAIM, INSURE_AFTER_LOSS, FAKE_POLICY, FICTITIOUS_BUSINESS, RING
}
