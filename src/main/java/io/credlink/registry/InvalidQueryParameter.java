package io.credlink.registry;

/** A query parameter a client sent is out of range or malformed. */
public class InvalidQueryParameter extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidQueryParameter(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the parameter, without its name. */
    public String reason() {
        return reason;
    }
}
