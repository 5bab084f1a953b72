package io.credlink.ingest;

import java.util.List;

/**
 * What an import did, per file in the order the files were imported.
 *
 * @param files        one report per contract file found
 * @param ignoredFiles files that are not part of the dataset contract (and {@code truth/})
 * @param read         rows read over all files
 * @param imported     rows written
 * @param rejected     rows rejected
 * @param tookMs       wall time
 * @param rowsPerSecond rows read per second of wall time
 */
public record ImportReport(List<FileReport> files, List<String> ignoredFiles, long read, long imported,
        long rejected, long tookMs, long rowsPerSecond) {

    public static ImportReport of(List<FileReport> files, List<String> ignored, long tookMs) {
        long read = files.stream().mapToLong(FileReport::read).sum();
        long imported = files.stream().mapToLong(FileReport::imported).sum();
        long rejected = files.stream().mapToLong(FileReport::rejected).sum();
        return new ImportReport(List.copyOf(files), List.copyOf(ignored), read, imported, rejected, tookMs,
                tookMs == 0 ? read * 1000 : read * 1000 / tookMs);
    }

    /**
     * @param file            file name, e.g. {@code claims.csv}
     * @param read            data rows read (the header is not a row)
     * @param imported        rows written
     * @param rejected        rows rejected, or all rows when the whole file was rejected
     * @param fileError       why the whole file was rejected (missing or unknown columns), else null
     * @param errors          the rejected rows with line and reason, at most the configured cap
     * @param errorsTruncated true when more rows were rejected than {@code errors} lists
     * @param tookMs          wall time for this file
     */
    public record FileReport(String file, long read, long imported, long rejected, String fileError,
            List<RowError> errors, boolean errorsTruncated, long tookMs) {
    }

    /** A rejected row: its physical line in the file (the header is line 1) and why. */
    public record RowError(long line, String reason) {
    }
}
