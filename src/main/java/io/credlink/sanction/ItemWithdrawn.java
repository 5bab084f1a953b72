package io.credlink.sanction;

/** A withdrawn sanction or record can no longer be objected to. */
public class ItemWithdrawn extends RuntimeException {

    public ItemWithdrawn(String id) {
        super("sanction or credit record " + id + " is withdrawn; there is nothing to object to");
    }
}
