package io.credlink.ingest.internal;

import io.credlink.ingest.IngestProperties;

/** How long one field and one row of a dataset file may be, in characters as written in the file. */
record CsvLimits(int maxFieldLength, int maxRecordLength) {

    static CsvLimits of(IngestProperties properties) {
        return new CsvLimits(properties.maxFieldLength(), properties.maxRecordLength());
    }
}
