package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** A withdrawn sanction or record can no longer be objected to. */
public class ItemWithdrawn extends SanctionProblem {

    public ItemWithdrawn(String id) {
        super(HttpStatus.CONFLICT, "item-withdrawn", "Item withdrawn", "sanction or credit record " + id + " is withdrawn; there is nothing to object to");
    }
}
