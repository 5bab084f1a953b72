package io.credlink.access.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problems the access filters answer before Spring MVC runs (sign-in, rate limit, body and
 * page limits, special approval, audit refusal), with the same stable types and members as the
 * web module's advice. Their English texts are the keys of their translations
 * ({@code messages.properties}); the web module writes and translates them
 * ({@link io.credlink.access.ProblemWriter}). The HTTP tests of security and limits pin both shapes.
 */
final class FilterProblems {

    static final String BASE = "https://credlink.io/problems/";
    static final String INTERNAL_DETAIL = "The server could not complete the request; the error has been logged.";
    static final String ACCESS_REQUESTS = "/api/v1/access-requests";

    private FilterProblems() {
    }

    static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** A 400 validation problem naming one field, as Bean Validation's. */
    static ProblemDetail invalidField(String detail, String field, String message) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    /** An INSURER asked for something that needs a regulator's approval first. */
    static ProblemDetail accessRequestRequired(String entityId, String scope, String why) {
        ProblemDetail p = of(HttpStatus.FORBIDDEN, "access-request-required", "Special approval required", why
                + " Ask a regulator: POST " + ACCESS_REQUESTS + " {\"entityId\": \"" + entityId + "\", \"scope\": \""
                + scope + "\", \"purpose\": \"...\"}.");
        p.setProperty("accessRequests", ACCESS_REQUESTS);
        p.setProperty("scope", scope);
        p.setProperty("entityId", entityId);
        return p;
    }

    static ProblemDetail internalError() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error", INTERNAL_DETAIL);
    }
}
