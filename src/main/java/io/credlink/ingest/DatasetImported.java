package io.credlink.ingest;

/** Published after every import (command, upload, sample load), with its totals. */
public record DatasetImported(long read, long imported, long rejected) {
}
