package io.credlink.registry;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No entity of the graph has this id (404). */
public class EntityNotFound extends ErrorResponseException {

    public static final URI TYPE = URI.create("https://credlink.io/problems/entity-not-found");

    private final String entityId;

    public EntityNotFound(String entityId) {
        super(HttpStatus.NOT_FOUND, problem(entityId), null);
        this.entityId = entityId;
    }

    public String entityId() {
        return entityId;
    }

    private static ProblemDetail problem(String entityId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No entity with id '" + entityId + "'.");
        problem.setType(TYPE);
        problem.setTitle("Entity not found");
        problem.setProperty("entityId", entityId);
        return problem;
    }
}
