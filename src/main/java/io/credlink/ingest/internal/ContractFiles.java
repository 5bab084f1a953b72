package io.credlink.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
     * its line and reason, or handed to {@code sink}. A row that cannot be read (a parse error of
     * Commons CSV, bytes that are not UTF-8, a field or row over {@code limits}) is rejected like
     * any other broken row, and the reading goes on with the next one.
     *
     * @throws ImportFailed when the file cannot be read at all
     */
    static void read(FileSpec spec, Path file, CsvLimits limits, FileOutcome outcome, RowSink sink,
            ImportProgress progress) {
        long t0 = System.nanoTime();
        try (CsvRecords records = new CsvRecords(file, limits)) {
            CsvRecords.Item head = records.next();
            String headerProblem = head == null ? checkHeader(spec, List.of())
                    : head.problem() != null ? "file rejected: the header " + head.problem() + "; expected columns "
                            + String.join(", ", spec.columnNames())
                    : checkHeader(spec, Arrays.asList(head.values()));
            if (headerProblem != null) {
                long rows = 0;
                while (records.next() != null) {
                    rows++;
                }
                outcome.rejectFile(headerProblem, rows);
                return;
            }
            List<String> header = Arrays.stream(head.values()).map(String::strip).toList();
            checkRows(spec, records, header, outcome, sink, progress, t0);
        } catch (IOException e) {
            // the message may hold the file's full path, which for an upload is a temporary folder of the server
            throw new ImportFailed(spec.file() + " cannot be read after row " + outcome.read.get() + ": "
                    + String.valueOf(e.getMessage()).replace(file.toString(), spec.file()));
        }
    }

    /** A chunk of raw rows: physical line numbers and fields (or why a row cannot be read), or the exception that ended the reading. */
    private record RawChunk(long[] lines, String[][] fields, String[] problems, int size, Throwable failure) {
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
    private static void checkRows(FileSpec spec, CsvRecords records, List<String> header, FileOutcome outcome,
            RowSink sink, ImportProgress progress, long t0) throws IOException {
        RowParser rowParser = new RowParser(spec);
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService checkers = Executors.newFixedThreadPool(workers, daemon("check-" + spec.file()));
        BlockingQueue<Future<CheckedChunk>> checked = new ArrayBlockingQueue<>(workers * 4);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = daemon("read-" + spec.file()).newThread(() -> readChunks(records, header, rowParser, checkers,
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

    private static void readChunks(CsvRecords records, List<String> header, RowParser rowParser,
            ExecutorService checkers, BlockingQueue<Future<CheckedChunk>> checked, AtomicBoolean stop) {
        try {
            long[] lines = new long[CHUNK];
            String[][] fields = new String[CHUNK][];
            String[] problems = new String[CHUNK];
            int size = 0;
            Throwable failure = null;
            try {
                for (CsvRecords.Item record = records.next(); record != null; record = records.next()) {
                    lines[size] = record.line();
                    problems[size] = record.problem();
                    fields[size++] = record.values();
                    if (size == CHUNK) {
                        RawChunk chunk = new RawChunk(lines, fields, problems, size, null);
                        if (!hand(checked, checkers.submit(() -> check(chunk, header, rowParser)), stop)) {
                            return;
                        }
                        lines = new long[CHUNK];
                        fields = new String[CHUNK][];
                        problems = new String[CHUNK];
                        size = 0;
                    }
                    if (stop.get()) {
                        return;
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
            RawChunk last = new RawChunk(lines, fields, problems, size, failure);
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
            if (chunk.problems()[r] != null) {
                out.add(new Checked(line, null, chunk.problems()[r]));
                continue;
            }
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

    /**
     * Why a header breaks the contract, or null: every column named exactly once (after
     * stripping spaces), none missing, none unknown. A column named twice would let the later
     * value silently win over the earlier one.
     */
    static String checkHeader(FileSpec spec, List<String> header) {
        Set<String> expected = spec.columnNames();
        Map<String, Integer> named = new LinkedHashMap<>();
        header.forEach(h -> named.merge(h.strip(), 1, Integer::sum));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(named.keySet());
        Set<String> unknown = new TreeSet<>(named.keySet());
        unknown.removeAll(expected);
        Set<String> duplicated = new TreeSet<>();
        named.forEach((name, times) -> {
            if (times > 1) {
                duplicated.add(name);
            }
        });
        if (header.isEmpty()) {
            return "file rejected: the file is empty (no header); expected columns " + String.join(", ", expected);
        }
        if (missing.isEmpty() && unknown.isEmpty() && duplicated.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("file rejected:");
        if (!duplicated.isEmpty()) {
            sb.append(" columns named more than once ").append(shown(duplicated)).append(';');
        }
        if (!missing.isEmpty()) {
            sb.append(" missing columns ").append(String.join(", ", missing)).append(';');
        }
        if (!unknown.isEmpty()) {
            sb.append(" unknown columns ").append(shown(unknown)).append(';');
        }
        sb.append(" expected columns ").append(String.join(", ", expected));
        return sb.toString();
    }

    private static String shown(Set<String> names) {
        return String.join(", ", names.stream().map(n -> n.isEmpty() ? "(blank)" : n).toList());
    }
}
