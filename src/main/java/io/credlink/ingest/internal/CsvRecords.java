package io.credlink.ingest.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.credlink.ingest.internal.CsvRecordReader.Span;

/**
 * The records of one CSV file, each with its physical lines, or the reason it cannot be read:
 * a parse error of Commons CSV, bytes that are not UTF-8, a field or row over the limits. A
 * broken record never ends the reading: the next record is read as if it were the first.
 */
final class CsvRecords implements Closeable {

    /** One record: its values, or why it cannot be read (then values is null). */
    record Item(long line, long lastLine, String[] values, String problem) {
    }

    private static final Logger log = LoggerFactory.getLogger(CsvRecords.class);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();
    /** Commons CSV's own positions count from the parser that failed, not from the file: the lines are ours. */
    private static final Pattern POSITION = Pattern.compile("\\(startline [\\d,]+\\) | at line: [\\d,]+, position: [\\d,]+");

    private final CsvRecordReader source;
    private Iterator<CSVRecord> records;
    private Span last = new Span(1, 1, null);

    CsvRecords(Path file, CsvLimits limits) throws IOException {
        this.source = new CsvRecordReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                limits.maxFieldLength(), limits.maxRecordLength());
    }

    /** The next record, or null after the last. */
    Item next() throws IOException {
        try {
            if (records == null) {
                // a new parser per broken record: Commons CSV cannot go on after an error
                records = new CSVParser(source, FORMAT).iterator();
            }
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            Span span = claim();
            return new Item(span.firstLine(), span.lastLine(), span.problem() == null ? record.values() : null,
                    span.problem());
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException parseError)) {
                throw e.getCause();
            }
            records = null;
            source.discardRecord();
            Span span = claim();
            String lines = span.lastLine() > span.firstLine() ? " (lines " + span.firstLine() + "–" + span.lastLine() + ")"
                    : "";
            return new Item(span.firstLine(), span.lastLine(), null, "not valid CSV" + lines + ": " + explain(parseError));
        }
    }

    private static String explain(CSVException parseError) {
        String message = POSITION.matcher(String.valueOf(parseError.getMessage())).replaceAll("");
        if (message.startsWith("EOF reached before encapsulated token finished")) {
            return "a quoted value is not closed before the end of the file (" + message + ")";
        }
        if (message.startsWith("Invalid character between encapsulated token and delimiter")) {
            return "text after the closing quote of a value; a quote inside a quoted value is written twice (" + message
                    + ")";
        }
        return message;
    }

    /**
     * The lines of the record the parser just finished: the reader hands over one record per
     * read, so it is the only one waiting. Should the parser ever end a record where the reader
     * did not, its rows keep the lines of the last record handed over rather than fail.
     */
    private Span claim() {
        Span span = source.spans().pollFirst();
        if (span == null) {
            log.warn("a CSV record ended where the record reader did not expect it, after line {}", last.lastLine());
            return last;
        }
        last = span;
        return span;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
