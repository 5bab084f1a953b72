package io.credlink.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The configuration of every session a module opens on the driver: its default access mode and
 * the driver's bookmark manager, which {@code executableQuery} and Spring Data Neo4j's
 * transactions share too. So a read that a cluster routes to a reader waits there until the reader
 * has every write this process committed before it, whichever way it was written; with one server
 * bookmarks cost nothing. A managed transaction's mode ({@code executeRead}/{@code executeWrite})
 * is its own whatever the session's default; the default is the mode of {@code run} and
 * {@code beginTransaction}.
 */
public final class GraphSessions {

    private GraphSessions() {
    }

    /** A session whose auto-commit transactions are reads (a cluster's readers answer them). */
    public static SessionConfig read(Driver driver) {
        return config(driver, AccessMode.READ);
    }

    /** A session whose auto-commit transactions may write (a cluster's leader answers them). */
    public static SessionConfig write(Driver driver) {
        return config(driver, AccessMode.WRITE);
    }

    private static SessionConfig config(Driver driver, AccessMode mode) {
        return SessionConfig.builder().withDefaultAccessMode(mode)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
    }
}
