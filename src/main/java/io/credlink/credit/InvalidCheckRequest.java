package io.credlink.credit;

import org.springframework.http.HttpStatus;

/** A counterparty check without ids, with too many, or with a blank id. */
public class InvalidCheckRequest extends CreditProblem {

    public InvalidCheckRequest(String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-check", "Invalid counterparty check", detail);
    }
}
