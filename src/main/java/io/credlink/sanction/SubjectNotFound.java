package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** The party a sanction or record would be about does not exist. */
public class SubjectNotFound extends SanctionProblem {

    public SubjectNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "subject-not-found", "Subject not found", "no party (insurer, intermediary, practitioner, consumer or provider) with id " + id);
    }
}
