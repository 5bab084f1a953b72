package io.credlink.sanction;

/** A withdrawn credit record is final: it cannot be withdrawn again. */
public class RecordAlreadyWithdrawn extends RuntimeException {

    public RecordAlreadyWithdrawn(String id) {
        super("credit record " + id + " was withdrawn and cannot change any more");
    }
}
