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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.credlink.graph.CypherCatalog;
import io.credlink.ingest.DatasetImported;
import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportReport.FileReport;
import io.credlink.ingest.ImportReport.RowError;
import io.credlink.ingest.ImportService;
import io.credlink.ingest.IngestProperties;
import io.credlink.ingest.internal.DatasetContract.Column;
import io.credlink.ingest.internal.DatasetContract.FileSpec;
import io.credlink.ingest.internal.RowParser.Outcome;
import io.credlink.ingest.internal.RowParser.ParsedRow;

/**
 * Streams each contract file in dependency order: rows are parsed and checked one by one,
 * gathered in batches, their references resolved against the graph with one look-up per batch
 * (earlier files of the same import are already written), and each batch written by one
 * UNWIND upsert in its own transaction. A few batches of a file are in flight at once, so memory
 * stays bounded by {@code batchSize × (parallelism + 1)} rows whatever the file size.
 */
@Service
class DatasetImporter implements ImportService {

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private final Driver driver;
    private final IngestProperties properties;
    private final Map<String, String> upserts = new HashMap<>();
    private final String lookupTypes;
    private final String anyEntity;
    private final ApplicationEventPublisher events;

    DatasetImporter(Driver driver, CypherCatalog catalog, IngestProperties properties, ApplicationEventPublisher events) {
        this.driver = driver;
        this.properties = properties;
        this.events = events;
        for (FileSpec spec : DatasetContract.FILES) {
            upserts.put(spec.file(), catalog.get(spec.query()));
        }
        this.lookupTypes = catalog.get("ingest/lookupTypes");
        this.anyEntity = catalog.get("ingest/anyEntity");
    }

    @Override
    public boolean isGraphEmpty() {
        try (Session session = driver.session()) {
            return !session.executeRead(tx -> tx.run(anyEntity).single().get("any").asBoolean());
        }
    }

    @Override
    public ImportReport importDirectory(Path dir, ImportProgress progress) {
        if (!Files.isDirectory(dir)) {
            throw new ImportFailed("not a directory: " + dir);
        }
        long t0 = System.nanoTime();
        List<String> ignored = new ArrayList<>();
        Set<String> contract = new HashSet<>();
        DatasetContract.FILES.forEach(f -> contract.add(f.file()));
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !contract.contains(n)).sorted()
                    .forEach(n -> ignored.add(n));
        } catch (IOException e) {
            throw new ImportFailed("cannot list " + dir + ": " + e.getMessage());
        }
        List<FileReport> reports = new ArrayList<>();
        for (FileSpec spec : DatasetContract.FILES) {
            Path file = dir.resolve(spec.file());
            if (Files.isRegularFile(file)) {
                if (!Files.isReadable(file)) {
                    throw new ImportFailed("cannot read " + file);
                }
                reports.add(importFile(spec, file, progress));
            }
        }
        if (reports.isEmpty()) {
            throw new ImportFailed("no dataset file found (expected any of " + String.join(", ",
                    DatasetContract.FILES.stream().map(FileSpec::file).toList()) + ")");
        }
        ImportReport report = ImportReport.of(reports, ignored, (System.nanoTime() - t0) / 1_000_000);
        log.info("Imported {}: {} rows read, {} imported, {} rejected in {} ms ({} rows/s)", dir.getFileName(),
                report.read(), report.imported(), report.rejected(), report.tookMs(), report.rowsPerSecond());
        events.publishEvent(new DatasetImported(report.read(), report.imported(), report.rejected()));
        return report;
    }

    @Override
    public ImportReport importUpload(Path uploadDir, ImportProgress progress) {
        return importDirectory(UploadUnpacker.datasetDirectory(uploadDir, properties.maxUploadSize().toBytes()), progress);
    }

    FileReport importFile(FileSpec spec, Path file, ImportProgress progress) {
        long t0 = System.nanoTime();
        FileRun run = new FileRun(spec, upserts.get(spec.file()));
        try (Reader reader = openUtf8(file);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(false).get().parse(reader)) {
            String headerProblem = checkHeader(spec, parser.getHeaderNames());
            if (headerProblem != null) {
                long rows = 0;
                for (CSVRecord ignoredRow : parser) {
                    rows++;
                }
                return new FileReport(spec.file(), rows, 0, rows, headerProblem, List.of(), false,
                        (System.nanoTime() - t0) / 1_000_000);
            }
            RowParser rowParser = new RowParser(spec);
            List<String> header = parser.getHeaderNames();
            long previousLine = parser.getCurrentLineNumber();
            long lastProgress = System.nanoTime();
            List<ParsedRow> batch = new ArrayList<>(properties.batchSize());
            for (CSVRecord record : parser) {
                long line = previousLine + 1;
                previousLine = parser.getCurrentLineNumber();
                run.read.incrementAndGet();
                if (record.size() != header.size()) {
                    run.reject(line, "expected " + header.size() + " fields, found " + record.size());
                    continue;
                }
                Map<String, String> cells = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i).strip(), record.get(i));
                }
                Outcome outcome = rowParser.parse(line, cells);
                if (outcome.error() != null) {
                    run.reject(line, outcome.error());
                    continue;
                }
                batch.add(outcome.row());
                if (batch.size() >= properties.batchSize()) {
                    run.submit(batch);
                    batch = new ArrayList<>(properties.batchSize());
                }
                if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                    lastProgress = System.nanoTime();
                    long rows = run.read.get();
                    progress.progress(spec.file(), rows, rows * 1_000_000_000L / Math.max(1, lastProgress - t0));
                }
            }
            if (!batch.isEmpty()) {
                run.submit(batch);
            }
            run.awaitAll();
        } catch (CharacterCodingException e) {
            run.awaitQuietly();
            throw new ImportFailed(spec.file() + " is not valid UTF-8 (after row " + run.read.get() + ")");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            run.awaitQuietly();
            // Commons CSV reports broken quoting and duplicate headers as unchecked exceptions.
            if (run.read.get() == 0 && e.getMessage() != null && e.getMessage().contains("header")) {
                return new FileReport(spec.file(), 0, 0, 0, "bad header: " + e.getMessage(), List.of(), false,
                        (System.nanoTime() - t0) / 1_000_000);
            }
            throw new ImportFailed(spec.file() + " cannot be parsed after row " + run.read.get() + ": " + e.getMessage());
        } finally {
            run.close();
        }
        return run.report((System.nanoTime() - t0) / 1_000_000);
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

    /** One file's batches in flight, counters and errors. */
    private final class FileRun implements AutoCloseable {

        final FileSpec spec;
        final String upsert;
        final AtomicLong read = new AtomicLong();
        final AtomicLong imported = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong lookupNanos = new AtomicLong();
        final AtomicLong writeNanos = new AtomicLong();
        final List<RowError> errors = Collections.synchronizedList(new ArrayList<>());
        final ExecutorService writers;
        final Semaphore inFlight;
        final List<Future<?>> pending = new ArrayList<>();

        FileRun(FileSpec spec, String upsert) {
            this.spec = spec;
            this.upsert = upsert;
            this.writers = Executors.newFixedThreadPool(properties.parallelism(), r -> {
                Thread t = new Thread(r, "import-" + spec.file());
                t.setDaemon(true);
                return t;
            });
            this.inFlight = new Semaphore(properties.parallelism() + 1);
        }

        void reject(long line, String reason) {
            rejected.incrementAndGet();
            if (errors.size() < properties.maxErrorsPerFile()) {
                errors.add(new RowError(line, reason));
            }
        }

        void submit(List<ParsedRow> batch) {
            inFlight.acquireUninterruptibly();
            pending.removeIf(Future::isDone);
            pending.add(writers.submit(() -> {
                try {
                    write(batch);
                } finally {
                    inFlight.release();
                }
            }));
        }

        void write(List<ParsedRow> batch) {
            long t0 = System.nanoTime();
            Map<String, String> types = resolveTypes(batch);
            long t1 = System.nanoTime();
            lookupNanos.addAndGet(t1 - t0);
            List<Map<String, Object>> rows = new ArrayList<>(batch.size());
            List<ParsedRow> accepted = new ArrayList<>(batch.size());
            for (ParsedRow row : batch) {
                String problem = referenceProblem(row, types);
                if (problem != null) {
                    reject(row.line(), problem);
                } else {
                    rows.add(row.params());
                    accepted.add(row);
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            try (Session session = driver.session()) {
                session.executeWriteWithoutResult(tx -> tx.run(upsert, Map.of("rows", rows)).consume());
                imported.addAndGet(rows.size());
                writeNanos.addAndGet(System.nanoTime() - t1);
            } catch (RuntimeException e) {
                log.error("writing a batch of {} failed", spec.file(), e);
                accepted.forEach(r -> reject(r.line(), "could not be written: " + e.getMessage()));
            }
        }

        Map<String, String> resolveTypes(List<ParsedRow> batch) {
            Set<String> ids = new HashSet<>();
            for (ParsedRow row : batch) {
                ids.addAll(row.refs().values());
                if (spec.entityType() != null) {
                    ids.add((String) row.params().get("id"));
                }
            }
            Map<String, String> types = new HashMap<>();
            try (Session session = driver.session()) {
                session.executeRead(tx -> {
                    tx.run(lookupTypes, Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> {
                        if (!r.get("type").isNull()) {
                            types.put(r.get("id").asString(), r.get("type").asString());
                        }
                    });
                    return null;
                });
            }
            return types;
        }

        String referenceProblem(ParsedRow row, Map<String, String> types) {
            if (spec.entityType() != null) {
                String id = (String) row.params().get("id");
                String existing = types.get(id);
                if (existing != null && !existing.equals(spec.entityType())) {
                    return "id " + id + " is already used by a " + existing;
                }
            }
            Map<String, Column> columns = spec.byName();
            for (Map.Entry<String, String> ref : new java.util.TreeMap<>(row.refs()).entrySet()) {
                Column column = columns.get(ref.getKey());
                String type = types.get(ref.getValue());
                if (type == null) {
                    return "dangling reference " + ref.getKey() + " " + ref.getValue() + ": no such entity";
                }
                if (!column.values().contains(type)) {
                    return ref.getKey() + " " + ref.getValue() + " is a " + type + ", expected "
                            + String.join(" or ", new TreeSet<>(column.values()));
                }
            }
            return null;
        }

        void awaitAll() {
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ImportFailed("import interrupted");
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a write of " + spec.file() + " failed", e.getCause());
                }
            }
        }

        void awaitQuietly() {
            try {
                awaitAll();
            } catch (RuntimeException e) {
                log.warn("while stopping the import of {}: {}", spec.file(), e.getMessage());
            }
        }

        FileReport report(long tookMs) {
            log.info("{}: {} rows in {} ms; reference look-ups {} ms and writes {} ms over {} writer threads",
                    spec.file(), read.get(), tookMs, lookupNanos.get() / 1_000_000, writeNanos.get() / 1_000_000,
                    properties.parallelism());
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingLong(RowError::line));
            return new FileReport(spec.file(), read.get(), imported.get(), rejected.get(), null, List.copyOf(sorted),
                    rejected.get() > sorted.size(), tookMs);
        }

        @Override
        public void close() {
            writers.shutdownNow();
        }
    }
}
