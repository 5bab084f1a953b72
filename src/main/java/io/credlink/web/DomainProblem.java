package io.credlink.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Base of every module's named exceptions: a problem detail with a stable type
 * ({@code https://credlink.io/problems/<slug>}), rendered by the one advice.
 */
public abstract class DomainProblem extends ErrorResponseException {

    protected DomainProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, Problems.of(status, Problems.type(slug), title, detail), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
