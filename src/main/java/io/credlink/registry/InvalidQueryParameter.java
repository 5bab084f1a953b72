package io.credlink.registry;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A query parameter a client sent is out of range or malformed (400). The problem names the
 * parameter in {@code errors: [{field, message}]} like every validation problem of the API.
 */
public class InvalidQueryParameter extends ErrorResponseException {

    public static final URI TYPE = URI.create("https://credlink.io/problems/invalid-parameter");

    private final String field;

    public InvalidQueryParameter(String field, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, message), null);
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setType(TYPE);
        problem.setTitle("Invalid parameter");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
