package io.credlink.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.internal.DatasetContract.FileSpec;
import io.credlink.ingest.internal.RowParser.Outcome;
import io.credlink.ingest.internal.RowParser.ParsedRow;

/**
 * Reading a dataset directory the way DATA-CONTRACT.md says, for both import paths: which
 * files are part of the contract (in dependency order), the header check, UTF-8, the number of
 * fields, and the row checks of {@link RowParser}. Valid rows go to a sink; the reference checks
 * and the writing are the caller's.
 */
final class ContractFiles {

    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    /** Receives the rows that passed the checks needing no graph. */
    @FunctionalInterface
    interface RowSink {
        void accept(ParsedRow row);
    }

    /** The contract files found in a directory, in import order, and the other entries. */
    record Listing(List<FileSpec> specs, List<Path> files, List<String> ignored) {
    }

    private ContractFiles() {
    }

    static Listing list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ImportFailed("not a directory: " + dir);
        }
        List<String> ignored = new ArrayList<>();
        Set<String> contract = new HashSet<>();
        DatasetContract.FILES.forEach(f -> contract.add(f.file()));
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !contract.contains(n)).sorted()
                    .forEach(ignored::add);
        } catch (IOException e) {
            throw new ImportFailed("cannot list " + dir + ": " + e.getMessage());
        }
        List<FileSpec> specs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (FileSpec spec : DatasetContract.FILES) {
            Path file = dir.resolve(spec.file());
            if (Files.isRegularFile(file)) {
                if (!Files.isReadable(file)) {
                    throw new ImportFailed("cannot read " + file);
                }
                specs.add(spec);
                files.add(file);
            }
        }
        if (specs.isEmpty()) {
            throw new ImportFailed("no dataset file found (expected any of " + String.join(", ",
                    DatasetContract.FILES.stream().map(FileSpec::file).toList()) + ")");
        }
        return new Listing(specs, files, ignored);
    }

    /**
     * Streams {@code file}: a header that breaks the contract rejects the whole file (recorded in
     * {@code outcome}, nothing reaches the sink); otherwise every row is counted, rejected with
     * its line and reason, or handed to {@code sink}.
     *
     * @throws ImportFailed when the file is not UTF-8 or cannot be parsed as CSV
     */
    static void read(FileSpec spec, Path file, FileOutcome outcome, RowSink sink, ImportProgress progress) {
        long t0 = System.nanoTime();
        try (Reader reader = openUtf8(file);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(false).get().parse(reader)) {
            String headerProblem = checkHeader(spec, parser.getHeaderNames());
            if (headerProblem != null) {
                long rows = 0;
                for (CSVRecord ignoredRow : parser) {
                    rows++;
                }
                outcome.rejectFile(headerProblem, rows);
                return;
            }
            RowParser rowParser = new RowParser(spec);
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            long previousLine = parser.getCurrentLineNumber();
            long lastProgress = System.nanoTime();
            for (CSVRecord record : parser) {
                long line = previousLine + 1;
                previousLine = parser.getCurrentLineNumber();
                outcome.read.incrementAndGet();
                if (record.size() != header.size()) {
                    outcome.reject(line, "expected " + header.size() + " fields, found " + record.size());
                    continue;
                }
                Map<String, String> cells = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                Outcome parsed = rowParser.parse(line, cells);
                if (parsed.error() != null) {
                    outcome.reject(line, parsed.error());
                    continue;
                }
                sink.accept(parsed.row());
                if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                    lastProgress = System.nanoTime();
                    long rows = outcome.read.get();
                    progress.progress(spec.file(), rows, rows * 1_000_000_000L / Math.max(1, lastProgress - t0));
                }
            }
        } catch (CharacterCodingException e) {
            throw new ImportFailed(spec.file() + " is not valid UTF-8 (after row " + outcome.read.get() + ")");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports broken quoting and duplicate headers as unchecked exceptions.
            if (outcome.read.get() == 0 && e.getMessage() != null && e.getMessage().contains("header")) {
                outcome.rejectFile("bad header: " + e.getMessage(), 0);
                return;
            }
            throw new ImportFailed(spec.file() + " cannot be parsed after row " + outcome.read.get() + ": "
                    + e.getMessage());
        }
    }

    static String checkHeader(FileSpec spec, List<String> header) {
        Set<String> expected = spec.columnNames();
        Set<String> present = new LinkedHashSet<>();
        header.forEach(h -> present.add(h.strip()));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(present);
        Set<String> unknown = new TreeSet<>(present);
        unknown.removeAll(expected);
        if (missing.isEmpty() && unknown.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("file rejected:");
        if (!missing.isEmpty()) {
            sb.append(" missing columns ").append(String.join(", ", missing)).append(';');
        }
        if (!unknown.isEmpty()) {
            sb.append(" unknown columns ").append(String.join(", ", unknown)).append(';');
        }
        sb.append(" expected columns ").append(String.join(", ", expected));
        return sb.toString();
    }

    private static Reader openUtf8(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
