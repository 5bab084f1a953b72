package io.credlink.sanction;

/** A party asked about does not exist. */
public class PartyNotFound extends RuntimeException {

    public PartyNotFound(String id) {
        super("no party with id " + id);
    }
}
