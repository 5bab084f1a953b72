package io.credlink.fraud;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import io.credlink.web.Problems;

/** Base of the module's named exceptions: a problem detail with a stable type. */
public abstract class FraudProblem extends ErrorResponseException {

    protected FraudProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, problem(status, slug, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        return Problems.of(status, Problems.type(slug), title, detail);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
