package io.credlink.graph;

import java.nio.file.Path;

/**
 * A bean of this type is called with the embedded store directory just before the embedded
 * DBMS opens it, e.g. to fill an empty store offline (the import command's bulk load).
 * It decides itself, with {@link OfflineImport#hasNoDatabase(Path)}, whether the store is empty.
 */
@FunctionalInterface
public interface EmbeddedStoreInitializer {

    void beforeStart(Path storeHome);
}
