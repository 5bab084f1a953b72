package io.credlink.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import io.credlink.web.Problems;

/** A user with this name exists already (409). */
public class UserAlreadyExists extends ErrorResponseException {

    public UserAlreadyExists(String name) {
        super(HttpStatus.CONFLICT, problem(name), null);
    }

    private static ProblemDetail problem(String name) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.type("user-exists"), "User already exists",
                "A user named '" + name + "' exists already.");
        problem.setProperty("name", name);
        return problem;
    }
}
