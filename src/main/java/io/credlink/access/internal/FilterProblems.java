package io.credlink.access.internal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details that the access filters answer before Spring MVC runs (sign-in, rate limit,
 * body and page limits, special approval, audit refusal). They use the same stable types and
 * members as the web module's advice; they are written here because the advice's table depends
 * on this module's exceptions, so this module cannot depend on the web module. The HTTP tests of
 * security and limits pin both shapes.
 */
final class FilterProblems {

    static final String BASE = "https://credlink.io/problems/";
    static final String INTERNAL_DETAIL = "The server could not complete the request; the error has been logged.";
    static final String ACCESS_REQUESTS = "/api/v1/access-requests";

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /** The RFC 9457 members in their usual order, then the extension members. */
    static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** Writes the problem as the whole answer, with the request path as {@code instance}. */
    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException ignored) {
            // a path that is not a valid URI reference is left out rather than echoed
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), toMap(problem));
    }
}
