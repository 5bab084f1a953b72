package io.credlink.graph;

import java.nio.file.Path;

import io.credlink.graph.internal.BatchImportWriter;

/**
 * Neo4j's own offline batch importer (the engine of {@code neo4j-admin database import}) for an
 * embedded store that holds no database yet. It writes the store files directly, without
 * transactions, and must run before the DBMS opens the directory; the schema (constraints,
 * indexes) is applied afterwards by the migrations when the DBMS starts.
 */
public final class OfflineImport {

    private OfflineImport() {
    }

    /** True when {@code storeHome} holds no data of the default database (a fresh data directory). */
    public static boolean hasNoDatabase(Path storeHome) {
        return BatchImportWriter.hasNoDatabase(storeHome);
    }

    /**
     * Writes {@code graph} as the default database of the embedded store in {@code storeHome}.
     *
     * @throws IllegalStateException when the store already holds a database or the import fails
     */
    public static void write(Path storeHome, BulkGraph graph) {
        BatchImportWriter.write(storeHome, graph);
    }
}
