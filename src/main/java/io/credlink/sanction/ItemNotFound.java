package io.credlink.sanction;

/** No sanction or credit record has this id. */
public class ItemNotFound extends RuntimeException {

    public ItemNotFound(String id) {
        super("no sanction or credit record with id " + id);
    }
}
