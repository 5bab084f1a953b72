package io.credlink.graph;

import java.nio.file.Path;
import java.util.Map;

/**
 * A bean of this type is called with the embedded store directory just before the embedded
 * DBMS opens it, e.g. to fill an empty store offline (the import command's bulk load).
 * It decides itself, with {@link OfflineImport#hasNoDatabase(Path)}, whether the store is empty.
 */
@FunctionalInterface
public interface EmbeddedStoreInitializer {

    void beforeStart(Path storeHome);

    /**
     * Neo4j settings (name to value) for the start that follows {@link #beforeStart}, on top of
     * the usual ones; asked after it, so they can depend on what it did. They last as long as
     * that DBMS runs.
     */
    default Map<String, String> startSettings() {
        return Map.of();
    }
}
