package io.credlink.resolution;

import org.springframework.http.HttpStatus;

import io.credlink.web.DomainProblem;

/** No party has this resolved id (404). */
public class ResolvedEntityNotFound extends DomainProblem {

    public ResolvedEntityNotFound(String resolvedId) {
        super(HttpStatus.NOT_FOUND, "resolved-entity-not-found", "Resolved entity not found",
                "No resolved entity with id '" + resolvedId + "'.");
    }
}
