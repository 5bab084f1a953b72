package io.credlink;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The external servers of this test JVM. Neo4j community has one user database, so a server
 * serves one Spring test context at a time: a context takes a free server, wiped clean, and
 * gives it back when it closes. Usually one context is open at a time and one server (started
 * once, on first use) serves the whole JVM; a context that starts while another is still open
 * gets a server of its own. All stop when the JVM exits.
 */
final class ExternalNeo4jServers {

    private static final Logger log = LoggerFactory.getLogger(ExternalNeo4jServers.class);
    private static final Deque<Neo4jServer> FREE = new ArrayDeque<>();
    private static final List<Neo4jServer> ALL = new CopyOnWriteArrayList<>();
    private static boolean hookAdded;

    private ExternalNeo4jServers() {
    }

    /** A server for a new context: a clean database whose schema the application migrates. */
    static synchronized Neo4jServer take(TestNeo4j mode) {
        Neo4jServer server = FREE.pollFirst();
        if (server == null) {
            long t0 = System.nanoTime();
            server = start(mode);
            log.info("{} started in {} ms", server, (System.nanoTime() - t0) / 1_000_000);
        }
        long t0 = System.nanoTime();
        wipe(server);
        log.info("{} wiped in {} ms", server, (System.nanoTime() - t0) / 1_000_000);
        return server;
    }

    static synchronized void giveBack(Neo4jServer server) {
        FREE.addFirst(server);
    }

    private static Neo4jServer start(TestNeo4j mode) {
        Supplier<Neo4jServer> starter = switch (mode) {
            case EXTERNAL_PROCESS -> Neo4jServerProcess::start;
            case TESTCONTAINERS -> Neo4jContainerServer::start;
            case EMBEDDED -> throw new IllegalArgumentException("the embedded mode needs no external server");
        };
        Neo4jServer server = starter.get();
        if (!hookAdded) {
            hookAdded = true;
            Runtime.getRuntime().addShutdownHook(new Thread(ExternalNeo4jServers::stopAll, "credlink-test-neo4j-stop"));
        }
        ALL.add(server);
        return server;
    }

    private static void stopAll() {
        ALL.forEach(Neo4jServer::close);
    }

    /**
     * Everything a previous context left: data (in batches, so a large graph never needs one huge
     * transaction), constraints and indexes (so the schema migrations run again from the start),
     * GDS's in-memory graphs.
     */
    static void wipe(Neo4jServer server) {
        try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic(server.user(), server.password()));
                Session session = driver.session()) {
            session.run("CALL gds.graph.list() YIELD graphName "
                    + "CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped RETURN count(dropped)").consume();
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            for (String name : session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())) {
                session.run("DROP CONSTRAINT `" + name.replace("`", "``") + "` IF EXISTS").consume();
            }
            for (String name : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
                    .list(r -> r.get("name").asString())) {
                session.run("DROP INDEX `" + name.replace("`", "``") + "` IF EXISTS").consume();
            }
        }
    }
}
