package io.credlink.monitoring;

/** No watch list of the caller has this id (another owner's list is not found either). */
public class WatchlistNotFound extends RuntimeException {

    public WatchlistNotFound(String id) {
        super("no watch list with id " + id);
    }
}
