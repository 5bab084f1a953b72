package io.credlink.sanction;

/** Feedback names a measure that the sanction does not set off on that party on that day. */
public class MeasureNotApplicable extends RuntimeException {

    public MeasureNotApplicable(String detail) {
        super(detail);
    }
}
