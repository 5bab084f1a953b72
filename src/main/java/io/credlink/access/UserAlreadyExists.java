package io.credlink.access;

/** A user with this name exists already. */
public class UserAlreadyExists extends RuntimeException {

    private final String name;

    public UserAlreadyExists(String name) {
        super("A user named '" + name + "' exists already.");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
