package io.credlink.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.credlink.web.Problems;

/** No user has this name (404). */
public class UserNotFound extends ErrorResponseException {

    public UserNotFound(String name) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, Problems.type("user-not-found"), "User not found",
                "There is no user named '" + name + "'."), null);
    }
}
