package io.credlink.ingest;

import java.nio.file.Path;

/**
 * Imports datasets in the format of DATA-CONTRACT.md: every entry point (command, HTTP upload,
 * sample load) ends here.
 */
public interface ImportService {

    /** Imports the contract files found in {@code dir} in dependency order. */
    ImportReport importDirectory(Path dir, ImportProgress progress);

    /**
     * Imports an upload: CSV files by their names and/or zips of a dataset directory, saved in
     * {@code uploadDir} by the caller; the dataset folder inside a zip is found by its file names.
     */
    ImportReport importUpload(Path uploadDir, ImportProgress progress);

    /** True when the graph holds no domain entity at all. */
    boolean isGraphEmpty();
}
