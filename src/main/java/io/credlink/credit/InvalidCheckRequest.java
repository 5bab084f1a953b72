package io.credlink.credit;

/** A counterparty check without ids, with too many, or with a blank id. */
public class InvalidCheckRequest extends RuntimeException {

    public InvalidCheckRequest(String detail) {
        super(detail);
    }
}
