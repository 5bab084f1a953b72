package io.credlink.sanction;

/** An item has at most one open objection. */
public class ObjectionAlreadyOpen extends RuntimeException {

    public ObjectionAlreadyOpen(String itemId, String objectionId) {
        super("objection " + objectionId + " on " + itemId + " is still open; it must be resolved before another is filed");
    }
}
