package io.credlink.sanction;

/** An early end must fall on or after the start and before the current end of the sanction. */
public class InvalidEarlyEnd extends RuntimeException {

    public InvalidEarlyEnd(String detail) {
        super(detail);
    }
}
