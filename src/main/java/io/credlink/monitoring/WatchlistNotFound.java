package io.credlink.monitoring;

import org.springframework.http.HttpStatus;

/** No watch list of the caller has this id (another owner's list is not found either). */
public class WatchlistNotFound extends MonitoringProblem {

    public WatchlistNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "watchlist-not-found", "Watch list not found", "no watch list with id " + id);
    }
}
