package io.credlink.credit;

import org.springframework.http.HttpStatus;

/** No party (insurer, intermediary, practitioner, consumer, provider) has the id: nothing to score. */
public class ScoredPartyNotFound extends CreditProblem {

    public ScoredPartyNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "party-not-found", "Party not found", "no party with id " + id);
    }
}
