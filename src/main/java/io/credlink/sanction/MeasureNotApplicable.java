package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** Feedback names a measure that the sanction does not set off on that party on that day. */
public class MeasureNotApplicable extends SanctionProblem {

    public MeasureNotApplicable(String detail) {
        super(HttpStatus.CONFLICT, "measure-not-applicable", "Measure not applicable", detail);
    }
}
