package io.credlink.sanction;

/** Ids are unique across the whole graph. */
public class IdAlreadyUsed extends RuntimeException {

    public IdAlreadyUsed(String id) {
        super("the id " + id + " is already used by another entity");
    }
}
