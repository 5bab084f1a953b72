package io.credlink.sanction;

import org.springframework.http.HttpStatus;

/** No sanction or credit record has this id. */
public class ItemNotFound extends SanctionProblem {

    public ItemNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "item-not-found", "Item not found", "no sanction or credit record with id " + id);
    }
}
