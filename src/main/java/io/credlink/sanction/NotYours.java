package io.credlink.sanction;

/** The signed-in user may not act on this item: it is about another party or organisation. */
public class NotYours extends RuntimeException {

    public NotYours(String detail) {
        super(detail);
    }
}
