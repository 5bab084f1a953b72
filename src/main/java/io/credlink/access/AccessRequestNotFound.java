package io.credlink.access;

/** No special-approval request has this id. */
public class AccessRequestNotFound extends RuntimeException {

    public AccessRequestNotFound(String id) {
        super("There is no access request with id '" + id + "'.");
    }
}
