package io.credlink.access;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import io.credlink.web.Problems;

/**
 * An INSURER asked for something that needs a regulator's approval first (403): the problem
 * names the route to ask for it ({@code accessRequests}) and the scope to ask for.
 */
public class AccessRequestRequired extends ErrorResponseException {

    public static final URI TYPE = Problems.type("access-request-required");
    public static final String ROUTE = "/api/v1/access-requests";

    public AccessRequestRequired(String entityId, AccessScope scope, String why) {
        super(HttpStatus.FORBIDDEN, problem(entityId, scope, why), null);
    }

    public static ProblemDetail problem(String entityId, AccessScope scope, String why) {
        ProblemDetail p = Problems.of(HttpStatus.FORBIDDEN, TYPE, "Special approval required", why
                + " Ask a regulator: POST " + ROUTE + " {\"entityId\": \"" + entityId + "\", \"scope\": \""
                + scope + "\", \"purpose\": \"...\"}.");
        p.setProperty("accessRequests", ROUTE);
        p.setProperty("scope", scope.name());
        p.setProperty("entityId", entityId);
        return p;
    }
}
