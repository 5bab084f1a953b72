package io.credlink.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import io.credlink.web.Problems;

/** The request was approved or rejected already; decisions are final (409). */
public class AccessRequestAlreadyDecided extends ErrorResponseException {

    public AccessRequestAlreadyDecided(String id, AccessRequestStatus status) {
        super(HttpStatus.CONFLICT, problem(id, status), null);
    }

    private static ProblemDetail problem(String id, AccessRequestStatus status) {
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, Problems.type("access-request-decided"),
                "Access request already decided", "Access request '" + id + "' is " + status + " already.");
        p.setProperty("requestStatus", status.name());
        return p;
    }
}
