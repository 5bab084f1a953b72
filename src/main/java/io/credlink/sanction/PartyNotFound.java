package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** A party asked about does not exist. */
public class PartyNotFound extends SanctionProblem {

    public PartyNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "party-not-found", "Party not found", "no party with id " + id);
    }
}
