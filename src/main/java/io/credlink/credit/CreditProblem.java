package io.credlink.credit;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Base of the module's named exceptions: a problem detail with a stable type. */
public abstract class CreditProblem extends ErrorResponseException {

    protected CreditProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, problem(status, slug, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://credlink.io/problems/" + slug));
        p.setTitle(title);
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
