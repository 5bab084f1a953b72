package io.credlink.ingest.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.ingest.DatasetImported;
import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportReport.FileReport;
import io.credlink.ingest.ImportService;
import io.credlink.ingest.IngestProperties;
import io.credlink.ingest.internal.DatasetContract.FileSpec;
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

    /** What identifies a relationship row: the pattern its upsert MERGEs on. */
    private static final Map<String, List<String>> RELATIONSHIP_KEYS = Map.of(
            "affiliations.csv", List.of("personId", "orgId", "role", "from"),
            "contracts.csv", List.of("intermediaryId", "insurerId", "from"),
            "claim_parties.csv", List.of("claimId", "partyId", "role"),
            "identifiers.csv", List.of("entityId", "identifierId"));

    private final Driver driver;
    private final IngestProperties properties;
    private final Map<String, String> upserts = new HashMap<>();
    private final String lookupTypes;
    private final String anyEntity;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DatasetImporter(Driver driver, CypherCatalog catalog, IngestProperties properties, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.transactions = transactions;
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
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return !session.executeRead(tx -> tx.run(anyEntity).single().get("any").asBoolean());
        }
    }

    @Override
    public ImportReport importDirectory(Path dir, ImportProgress progress) {
        long t0 = System.nanoTime();
        ContractFiles.Listing listing = ContractFiles.list(dir);
        List<FileReport> reports = new ArrayList<>();
        PartiesTouched touched = new PartiesTouched();
        for (int i = 0; i < listing.specs().size(); i++) {
            reports.add(importFile(listing.specs().get(i), listing.files().get(i), progress, touched));
        }
        ImportReport report = ImportReport.of(reports, listing.ignored(), (System.nanoTime() - t0) / 1_000_000);
        log.info("Imported {}: {} rows read, {} imported, {} rejected in {} ms ({} rows/s)", dir.getFileName(),
                report.read(), report.imported(), report.rejected(), report.tookMs(), report.rowsPerSecond());
        // the rows were written in batches of their own; the notice is published in a transaction
        // that stores its publication, and its listeners (credit) run after that commit
        DatasetImported imported = new DatasetImported(report.read(), report.imported(), report.rejected(),
                PartiesTouched.sorted(touched.written), PartiesTouched.sorted(touched.named));
        transactions.executeWithoutResult(status -> events.publishEvent(imported));
        return report;
    }

    @Override
    public ImportReport importUpload(Path uploadDir, ImportProgress progress) {
        return importDirectory(UploadUnpacker.datasetDirectory(uploadDir, properties.maxUnzippedSize()), progress);
    }

    @SuppressWarnings("unchecked")
    FileReport importFile(FileSpec spec, Path file, ImportProgress progress) {
        return importFile(spec, file, progress, new PartiesTouched());
    }

    /** @param touched collects the ids of the parties written and of those given identifiers */
    @SuppressWarnings("unchecked")
    FileReport importFile(FileSpec spec, Path file, ImportProgress progress, PartiesTouched touched) {
        long t0 = System.nanoTime();
        FileRun run = new FileRun(spec, upserts.get(spec.file()), touched);
        try {
            List<ParsedRow>[] batch = new List[] {new ArrayList<>(properties.batchSize())};
            ContractFiles.read(spec, file, CsvLimits.of(properties), run.outcome, row -> {
                batch[0].add(row);
                if (batch[0].size() >= properties.batchSize()) {
                    run.submit(batch[0]);
                    batch[0] = new ArrayList<>(properties.batchSize());
                }
            }, progress);
            if (!batch[0].isEmpty()) {
                run.submit(batch[0]);
            }
            run.awaitAll();
        } catch (RuntimeException e) {
            run.awaitQuietly();
            throw e;
        } finally {
            run.close();
        }
        return run.report((System.nanoTime() - t0) / 1_000_000);
    }

    /** One file's batches in flight, counters and errors. */
    private final class FileRun implements AutoCloseable {

        final FileSpec spec;
        final String upsert;
        final FileOutcome outcome;
        final AtomicLong lookupNanos = new AtomicLong();
        final AtomicLong writeNanos = new AtomicLong();
        final ExecutorService writers;
        final Semaphore inFlight;
        final List<Future<?>> pending = new ArrayList<>();
        final PartiesTouched touched;

        FileRun(FileSpec spec, String upsert, PartiesTouched touched) {
            this.touched = touched;
            this.spec = spec;
            this.upsert = upsert;
            this.outcome = new FileOutcome(spec.file(), properties.maxErrorsPerFile());
            this.writers = Executors.newFixedThreadPool(properties.parallelism(), r -> {
                Thread t = new Thread(r, "import-" + spec.file());
                t.setDaemon(true);
                return t;
            });
            this.inFlight = new Semaphore(properties.parallelism() + 1);
        }

        void reject(long line, String reason) {
            outcome.reject(line, reason);
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
            List<ParsedRow> accepted = new ArrayList<>(batch.size());
            for (ParsedRow row : batch) {
                String problem = ReferenceRules.problem(spec, row, types::get);
                if (problem != null) {
                    reject(row.line(), problem);
                } else {
                    accepted.add(row);
                }
            }
            if (accepted.isEmpty()) {
                return;
            }
            List<Map<String, Object>> rows = latestPerId(accepted);
            try (Session session = driver.session(GraphSessions.write(driver))) {
                session.executeWriteWithoutResult(tx -> tx.run(upsert, Map.of("rows", rows)).consume());
                outcome.imported.addAndGet(accepted.size());
                collectParties(accepted, types);
                writeNanos.addAndGet(System.nanoTime() - t1);
            } catch (RuntimeException e) {
                log.error("writing a batch of {} failed", spec.file(), e);
                accepted.forEach(r -> reject(r.line(), "could not be written: " + e.getMessage()));
            }
        }

        /**
         * Rows with the same key in one batch (the id of a node file, the MERGE pattern of a
         * relationship file): only the last is written, as if the rows had been upserted one
         * after the other. One UNWIND would run every row's replace-the-old-relationship and
         * skip-if-unchanged steps before any row's MERGE.
         */
        List<Map<String, Object>> latestPerId(List<ParsedRow> accepted) {
            List<String> key = spec.entityType() != null ? List.of("id") : RELATIONSHIP_KEYS.get(spec.file());
            Map<List<Object>, Map<String, Object>> latest = new LinkedHashMap<>();
            for (ParsedRow row : accepted) {
                List<Object> k = new ArrayList<>(key.size());
                key.forEach(param -> k.add(row.params().get(param)));
                latest.remove(k);
                latest.put(k, row.params());
            }
            return List.copyOf(latest.values());
        }

        /**
         * The parties a written batch created, changed or gave identifiers (entity resolution
         * re-reads them), and the parties its rows name otherwise (credit rescores both).
         */
        void collectParties(List<ParsedRow> accepted, Map<String, String> types) {
            boolean partyFile = spec.entityType() != null && DatasetContract.PARTY_TYPES.contains(spec.entityType());
            boolean identifiers = "identifiers.csv".equals(spec.file());
            for (ParsedRow r : accepted) {
                if (partyFile) {
                    touched.written((String) r.params().get("id"));
                }
                r.refs().forEach((column, id) -> {
                    if (id != null && DatasetContract.PARTY_TYPES.contains(types.get(id))) {
                        if (identifiers && "entity_id".equals(column)) {
                            touched.written(id);
                        } else {
                            touched.named(id);
                        }
                    }
                });
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
            try (Session session = driver.session(GraphSessions.read(driver))) {
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
                    spec.file(), outcome.read.get(), tookMs, lookupNanos.get() / 1_000_000,
                    writeNanos.get() / 1_000_000, properties.parallelism());
            return outcome.report(tookMs);
        }

        @Override
        public void close() {
            writers.shutdownNow();
        }
    }

    /**
     * The parties an import touched, in two sets that stop growing (and say nothing: null) beyond
     * {@link DatasetImported#MAX_PARTY_IDS}, so that a large import's event stays small.
     */
    static final class PartiesTouched {

        final Set<String> written = ConcurrentHashMap.newKeySet();
        final Set<String> named = ConcurrentHashMap.newKeySet();

        void written(String id) {
            add(written, id);
        }

        void named(String id) {
            add(named, id);
        }

        private static void add(Set<String> set, String id) {
            if (id != null && set.size() <= DatasetImported.MAX_PARTY_IDS) {
                set.add(id);
            }
        }

        static List<String> sorted(Set<String> set) {
            return set.size() > DatasetImported.MAX_PARTY_IDS ? null : set.stream().sorted().toList();
        }
    }
}
