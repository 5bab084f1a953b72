package io.credlink.sanction;

/** No credit record has this id. */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String id) {
        super("no credit record with id " + id);
    }
}
