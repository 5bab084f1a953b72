package io.credlink.sanction;

/** No sanction has this id. */
public class SanctionNotFound extends RuntimeException {

    public SanctionNotFound(String id) {
        super("no sanction with id " + id);
    }
}
