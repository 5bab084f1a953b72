package io.credlink.ingest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.credlink.ingest.ImportReport.FileReport;
import io.credlink.ingest.ImportReport.RowError;

/** What became of the rows of one file: counters and the rejected rows (thread-safe). */
final class FileOutcome {

    final String file;
    final int maxErrors;
    final AtomicLong read = new AtomicLong();
    final AtomicLong imported = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    private final List<RowError> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile String fileError;

    FileOutcome(String file, int maxErrors) {
        this.file = file;
        this.maxErrors = maxErrors;
    }

    void reject(long line, String reason) {
        rejected.incrementAndGet();
        synchronized (errors) {
            if (errors.size() < maxErrors) {
                errors.add(new RowError(line, reason));
            }
        }
    }

    /** The whole file is rejected (missing or unknown columns, a broken header). */
    void rejectFile(String reason, long rows) {
        fileError = reason;
        read.set(rows);
        rejected.set(rows);
    }

    FileReport report(long tookMs) {
        List<RowError> sorted;
        synchronized (errors) {
            sorted = new ArrayList<>(errors);
        }
        sorted.sort(Comparator.comparingLong(RowError::line));
        return new FileReport(file, read.get(), imported.get(), rejected.get(), fileError, List.copyOf(sorted),
                fileError == null && rejected.get() > sorted.size(), tookMs);
    }
}
