package io.credlink.access;

/** No user has this name. */
public class UserNotFound extends RuntimeException {

    public UserNotFound(String name) {
        super("There is no user named '" + name + "'.");
    }
}
