package io.credlink.monitoring;

import java.util.List;

/** Parties to watch that do not exist, or a member to remove that is not on the list. */
public class WatchedEntityNotFound extends RuntimeException {

    public WatchedEntityNotFound(List<String> ids) {
        super("no such entity: " + String.join(", ", ids.subList(0, Math.min(20, ids.size())))
                + (ids.size() > 20 ? ", …" : ""));
    }
}
