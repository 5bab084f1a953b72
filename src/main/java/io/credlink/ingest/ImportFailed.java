package io.credlink.ingest;

/** The import could not run at all: unreadable input, a corrupt zip, nothing to import. */
public class ImportFailed extends RuntimeException {

    public ImportFailed(String detail) {
        super(detail);
    }
}
