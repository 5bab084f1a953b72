package io.credlink.sanction;

/** The party a sanction or record would be about does not exist. */
public class SubjectNotFound extends RuntimeException {

    public SubjectNotFound(String id) {
        super("no party (insurer, intermediary, practitioner, consumer or provider) with id " + id);
    }
}
