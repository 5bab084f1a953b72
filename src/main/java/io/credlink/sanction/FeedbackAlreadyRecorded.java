package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** The same organisation reported the same action on the same measure and day before. */
public class FeedbackAlreadyRecorded extends SanctionProblem {

    public FeedbackAlreadyRecorded(String id) {
        super(HttpStatus.CONFLICT, "feedback-already-recorded", "Feedback already recorded", "the same feedback was already recorded as " + id);
    }
}
