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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private static final int CHUNK = 1_000;

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
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            checkRows(spec, parser, header, outcome, sink, progress, t0);
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

    /** A chunk of raw rows: physical line numbers and fields, or the exception that ended the reading. */
    private record RawChunk(long[] lines, String[][] fields, int size, Throwable failure) {
    }

    /** What the checks said about one row: the parsed row, or the rejection reason. */
    private record Checked(long line, ParsedRow row, String error) {
    }

    /** The checked rows of a chunk, and the exception that ended the reading after them. */
    private record CheckedChunk(List<Checked> rows, Throwable failure) {
    }

    private static final Future<CheckedChunk> END = CompletableFuture.completedFuture(null);

    /**
     * The row checks on every core: one thread reads the CSV records in chunks, a pool checks the
     * chunks ({@link RowParser} needs nothing but the row), and the calling thread takes the
     * checked chunks in file order and hands the rows to the sink, so the sink sees the rows, the
     * rejections and the counters exactly in the order (and from the thread) of a sequential read.
     */
    private static void checkRows(FileSpec spec, CSVParser parser, List<String> header, FileOutcome outcome,
            RowSink sink, ImportProgress progress, long t0) throws IOException {
        RowParser rowParser = new RowParser(spec);
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService checkers = Executors.newFixedThreadPool(workers, daemon("check-" + spec.file()));
        BlockingQueue<Future<CheckedChunk>> checked = new ArrayBlockingQueue<>(workers * 4);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = daemon("read-" + spec.file()).newThread(() -> readChunks(parser, header, rowParser, checkers,
                checked, stop));
        reader.start();
        try {
            long lastProgress = System.nanoTime();
            while (true) {
                Future<CheckedChunk> next = checked.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    if (!reader.isAlive() && checked.isEmpty()) {
                        throw new IllegalStateException("the reader of " + spec.file() + " stopped unexpectedly");
                    }
                    continue;
                }
                if (next == END) {
                    break;
                }
                CheckedChunk chunk = result(next);
                for (Checked row : chunk.rows()) {
                    outcome.read.incrementAndGet();
                    if (row.error() != null) {
                        outcome.reject(row.line(), row.error());
                        continue;
                    }
                    sink.accept(row.row());
                    if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                        lastProgress = System.nanoTime();
                        long n = outcome.read.get();
                        progress.progress(spec.file(), n, n * 1_000_000_000L / Math.max(1, lastProgress - t0));
                    }
                }
                if (chunk.failure() != null) {
                    rethrow(chunk.failure());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailed("import interrupted");
        } finally {
            stop.set(true);
            checkers.shutdownNow();
            joinQuietly(reader);
        }
    }

    /** Queues a chunk unless the calling thread stopped taking them; false when it did. */
    private static boolean hand(BlockingQueue<Future<CheckedChunk>> checked, Future<CheckedChunk> chunk,
            AtomicBoolean stop) throws InterruptedException {
        while (!checked.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
            if (stop.get()) {
                return false;
            }
        }
        return true;
    }

    /** The reader must be done with the parser before the caller closes the file. */
    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The failure that ended the reading is rethrown as it was thrown, after the rows before it. */
    private static CheckedChunk result(Future<CheckedChunk> next) throws IOException, InterruptedException {
        try {
            return next.get();
        } catch (ExecutionException e) {
            rethrow(e.getCause());
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(failure);
    }

    private static void readChunks(CSVParser parser, List<String> header, RowParser rowParser,
            ExecutorService checkers, BlockingQueue<Future<CheckedChunk>> checked, AtomicBoolean stop) {
        try {
            long previousLine = parser.getCurrentLineNumber();
            long[] lines = new long[CHUNK];
            String[][] fields = new String[CHUNK][];
            int size = 0;
            Throwable failure = null;
            try {
                for (CSVRecord record : parser) {
                    lines[size] = previousLine + 1;
                    previousLine = parser.getCurrentLineNumber();
                    fields[size++] = record.values();
                    if (size == CHUNK) {
                        RawChunk chunk = new RawChunk(lines, fields, size, null);
                        if (!hand(checked, checkers.submit(() -> check(chunk, header, rowParser)), stop)) {
                            return;
                        }
                        lines = new long[CHUNK];
                        fields = new String[CHUNK][];
                        size = 0;
                    }
                    if (stop.get()) {
                        return;
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            RawChunk last = new RawChunk(lines, fields, size, failure);
            if (hand(checked, checkers.submit(() -> check(last, header, rowParser)), stop)) {
                hand(checked, END, stop);
            }
        } catch (InterruptedException | RejectedExecutionException e) {
            // the calling thread gave up (an exception of the sink): nobody waits for more rows
        }
    }

    private static CheckedChunk check(RawChunk chunk, List<String> header, RowParser rowParser) {
        List<Checked> out = new ArrayList<>(chunk.size() + 1);
        for (int r = 0; r < chunk.size(); r++) {
            long line = chunk.lines()[r];
            String[] values = chunk.fields()[r];
            if (values.length != header.size()) {
                out.add(new Checked(line, null, "expected " + header.size() + " fields, found " + values.length));
                continue;
            }
            Map<String, String> cells = new HashMap<>(header.size() * 2);
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), values[i]);
            }
            Outcome parsed = rowParser.parse(line, cells);
            out.add(new Checked(line, parsed.row(), parsed.error()));
        }
        return new CheckedChunk(out, chunk.failure());
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
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
