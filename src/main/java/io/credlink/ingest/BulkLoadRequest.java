package io.credlink.ingest;

import java.nio.file.Path;

/**
 * The import command's request, registered before the application context starts, to load
 * {@link #directory()} with Neo4j's offline importer if the embedded store turns out to hold no
 * database yet (and {@code credlink.ingest.bulk-load} is on). When the bulk path ran,
 * {@link #report()} is set and the command prints it; otherwise it stays null and the command
 * imports through the Cypher upserts as usual.
 */
public final class BulkLoadRequest {

    private final Path directory;
    private final ImportProgress progress;
    private volatile ImportReport report;
    private volatile long validateMs;
    private volatile long storeWriteMs;
    private volatile long indexesMs;

    public BulkLoadRequest(Path directory, ImportProgress progress) {
        this.directory = directory;
        this.progress = progress;
    }

    public Path directory() {
        return directory;
    }

    public ImportProgress progress() {
        return progress;
    }

    /** The report of the bulk load, or null when the bulk path did not run. */
    public ImportReport report() {
        return report;
    }

    /** Time spent reading and checking the files. */
    public long validateMs() {
        return validateMs;
    }

    /** Time Neo4j's importer took to write the store. */
    public long storeWriteMs() {
        return storeWriteMs;
    }

    /** Time from the DBMS having opened the loaded store until every index of the schema was online. */
    public long indexesMs() {
        return indexesMs;
    }

    public void completed(ImportReport report, long validateMs, long storeWriteMs) {
        this.report = report;
        this.validateMs = validateMs;
        this.storeWriteMs = storeWriteMs;
    }

    public void indexesOnline(long indexesMs) {
        this.indexesMs = indexesMs;
    }
}
