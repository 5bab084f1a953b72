package io.credlink.sanction;

/** No objection has this id. */
public class ObjectionNotFound extends RuntimeException {

    public ObjectionNotFound(String id) {
        super("no objection with id " + id);
    }
}
