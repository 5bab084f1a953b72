package io.credlink.sanction;

/** The same organisation reported the same action on the same measure and day before. */
public class FeedbackAlreadyRecorded extends RuntimeException {

    public FeedbackAlreadyRecorded(String id) {
        super("the same feedback was already recorded as " + id);
    }
}
