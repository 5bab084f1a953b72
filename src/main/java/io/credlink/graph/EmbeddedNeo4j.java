package io.credlink.graph;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.credlink.graph.internal.ProcedureRegistrar;

/**
 * An in-process Neo4j DBMS that serves Bolt on a local socket. The application never uses the
 * embedded Java API for its own work: it connects a Driver to {@link #boltUri()}, so the code
 * path is the one of an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final GraphDatabaseAPI database;
    private final URI boltUri;
    private final Path home;
    private final boolean deleteOnClose;

    private EmbeddedNeo4j(DatabaseManagementService dbms, GraphDatabaseAPI database, URI boltUri,
            Path home, boolean deleteOnClose) {
        this.dbms = dbms;
        this.database = database;
        this.boltUri = boltUri;
        this.home = home;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts a DBMS.
     *
     * @param home          store directory (created when missing)
     * @param boltHost      interface to bind Bolt to
     * @param boltPort      port, 0 for a free one
     * @param pageCache     page cache size such as {@code 512m}
     * @param procedures    register GDS and APOC
     * @param deleteOnClose remove {@code home} after shutdown (temporary stores)
     */
    public static EmbeddedNeo4j start(Path home, String boltHost, int boltPort, String pageCache,
            boolean procedures, boolean deleteOnClose) {
        return start(home, boltHost, boltPort, pageCache, procedures, deleteOnClose, Map.of());
    }

    /**
     * Starts a DBMS with further Neo4j settings (name to value) on top of the ones above, e.g.
     * index population tuning for the first start after a bulk load.
     */
    public static EmbeddedNeo4j start(Path home, String boltHost, int boltPort, String pageCache,
            boolean procedures, boolean deleteOnClose, Map<String, String> settings) {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(boltHost, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(boltHost, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Bolt listens on loopback only; an external deployment uses a real server with auth.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Bolt's Netty quiet period would otherwise add ~10 s to every shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(parsed(settings))
                .build();
        try {
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (procedures) {
                ProcedureRegistrar.registerAll(db);
            }
            HostnamePort address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
            log.info("Embedded Neo4j started in {} ms at {}, store {}",
                    Duration.ofNanos(System.nanoTime() - t0).toMillis(), uri, home.toAbsolutePath());
            return new EmbeddedNeo4j(dbms, db, uri, home, deleteOnClose);
        } catch (RuntimeException | Error e) {
            dbms.shutdown();
            throw e;
        }
    }

    /** Neo4j's own parsing and validation of settings given by name. */
    private static Map<Setting<?>, Object> parsed(Map<String, String> settings) {
        if (settings.isEmpty()) {
            return Map.of();
        }
        Config config = Config.newBuilder().setRaw(settings).build();
        Map<String, Setting<Object>> declared = config.getDeclaredSettings();
        Map<Setting<?>, Object> out = new HashMap<>();
        settings.keySet().forEach(name -> out.put(declared.get(name), config.get(declared.get(name))));
        return out;
    }

    /** The Bolt address a Driver connects to. */
    public URI boltUri() {
        return boltUri;
    }

    /** The store directory. */
    public Path home() {
        return home;
    }

    /**
     * Sets a user's password through the system database (the launcher's authenticated mode;
     * takes effect only where {@code dbms.security.auth_enabled} is on).
     */
    void setPassword(String user, String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    /** For the procedure registrar and diagnostics only; application code goes through Bolt. */
    GraphDatabaseAPI database() {
        return database;
    }

    @Override
    public void close() {
        long t0 = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - t0).toMillis());
        if (deleteOnClose) {
            deleteRecursively(home);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete temporary store {}: {}", dir, e.getMessage());
        }
    }
}
