package io.credlink.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.credlink.web.Problems;

/** No special-approval request has this id (404). */
public class AccessRequestNotFound extends ErrorResponseException {

    public AccessRequestNotFound(String id) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, Problems.type("access-request-not-found"),
                "Access request not found", "There is no access request with id '" + id + "'."), null);
    }
}
