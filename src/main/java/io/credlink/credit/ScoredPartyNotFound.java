package io.credlink.credit;

/** No party (insurer, intermediary, practitioner, consumer, provider) has the id: nothing to score. */
public class ScoredPartyNotFound extends RuntimeException {

    public ScoredPartyNotFound(String id) {
        super("no party with id " + id);
    }
}
