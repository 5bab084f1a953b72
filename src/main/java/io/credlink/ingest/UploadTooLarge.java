package io.credlink.ingest;

/** An upload, or what a zip unpacks to, exceeds the configured size limit; the import did not run. */
public class UploadTooLarge extends ImportFailed {

    public UploadTooLarge(String detail) {
        super(detail);
    }
}
