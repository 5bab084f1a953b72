package io.credlink.ingest.internal;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphSessions;
import io.credlink.graph.TransientRetries;
import io.credlink.graph.EmbeddedStoreInitializer;
import io.credlink.graph.OfflineImport;
import io.credlink.ingest.BulkLoadRequest;
import io.credlink.ingest.IngestProperties;

/**
 * Runs the bulk path for the import command: when a {@link BulkLoadRequest} is registered, bulk
 * loading is on, and the embedded store holds no database yet, the dataset is written offline
 * before the DBMS opens. Once the application is up (the schema migrations have created the
 * constraints and indexes) it waits until every index is online, so the store is complete when
 * the command ends.
 */
@Component
class BulkLoadInitializer implements EmbeddedStoreInitializer {

    private static final Logger log = LoggerFactory.getLogger(BulkLoadInitializer.class);
    private static final long INDEX_TIMEOUT_SECONDS = 24 * 3600;

    private final ObjectProvider<BulkLoadRequest> requests;
    private final ObjectProvider<Driver> driver;
    private final ObjectProvider<TransientRetries> retries;
    private final IngestProperties properties;
    private final String awaitIndexes;
    private volatile long loadedAt;

    BulkLoadInitializer(ObjectProvider<BulkLoadRequest> requests, ObjectProvider<Driver> driver,
            ObjectProvider<TransientRetries> retries, IngestProperties properties, CypherCatalog catalog) {
        this.requests = requests;
        this.driver = driver;
        this.retries = retries;
        this.properties = properties;
        this.awaitIndexes = catalog.get("ingest/awaitIndexes");
    }

    @Override
    public void beforeStart(Path storeHome) {
        BulkLoadRequest request = requests.getIfAvailable();
        if (request == null || request.report() != null) {
            return;
        }
        if (!properties.bulkLoad()) {
            log.info("Bulk load switched off (credlink.ingest.bulk-load=false): importing with Cypher upserts");
            return;
        }
        if (!OfflineImport.hasNoDatabase(storeHome)) {
            log.info("The store already holds a database: importing with Cypher upserts");
            return;
        }
        BulkLoader.Result result = new BulkLoader(properties).load(request.directory(), storeHome, request.progress());
        request.completed(result.report(), result.validateMs(), result.storeWriteMs());
        loadedAt = System.nanoTime();
    }

    /** After a bulk load, {@code credlink.ingest.bulk-load-neo4j-settings} for the start that follows. */
    @Override
    public Map<String, String> startSettings() {
        if (loadedAt == 0 || properties.bulkLoadNeo4jSettings().isEmpty()) {
            return Map.of();
        }
        log.info("Neo4j settings for the first start after the bulk load: {}", properties.bulkLoadNeo4jSettings());
        return properties.bulkLoadNeo4jSettings();
    }

    @EventListener(ApplicationReadyEvent.class)
    void awaitIndexes() {
        BulkLoadRequest request = requests.getIfAvailable();
        if (request == null || request.report() == null || loadedAt == 0) {
            return;
        }
        // a procedure call in an auto-commit transaction, retried on a transient error
        retries.getObject().run(() -> {
            Driver graph = driver.getObject();
            try (Session session = graph.session(GraphSessions.write(graph))) {
                session.run(awaitIndexes, Map.of("timeoutSeconds", INDEX_TIMEOUT_SECONDS)).consume();
            }
        });
        long ms = (System.nanoTime() - loadedAt) / 1_000_000;
        request.indexesOnline(ms);
        log.info("Bulk-loaded store opened and every index online {} ms after the load", ms);
    }
}
