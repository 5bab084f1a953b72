package io.credlink.ingest;

/** Receives progress of a long import (the command prints it as a rows/s line). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (file, rows, rowsPerSecond) -> { };

    void progress(String file, long rowsRead, long rowsPerSecond);
}
