package io.credlink.monitoring;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Parties to watch that do not exist, or a member to remove that is not on the list. */
public class WatchedEntityNotFound extends MonitoringProblem {

    public WatchedEntityNotFound(List<String> ids) {
        super(HttpStatus.NOT_FOUND, "entity-not-found", "Entity not found", "no such entity: "
                + String.join(", ", ids.subList(0, Math.min(20, ids.size()))) + (ids.size() > 20 ? ", …" : ""));
    }
}
