package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** An item has at most one open objection. */
public class ObjectionAlreadyOpen extends SanctionProblem {

    public ObjectionAlreadyOpen(String itemId, String objectionId) {
        super(HttpStatus.CONFLICT, "objection-already-open", "Objection already open", "objection " + objectionId + " on " + itemId + " is still open; it must be resolved before another is filed");
    }
}
