package io.credlink.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.credlink.access.AccessProperties;
import io.credlink.access.AuditEntryView;
import io.credlink.access.AuditEvent;
import io.credlink.access.AuditPage;
import io.credlink.access.AuditQuery;
import io.credlink.access.AuditTrail;
import io.credlink.access.CurrentUser;
import io.credlink.access.Role;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphSessions;
import io.credlink.graph.GraphProperties;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The audit trail, written by group commit into a local journal and from there into the graph:
 * request threads put their entries on a bounded queue and wait ({@link #await}) until a writer
 * thread has forced them to the disk in the {@link AuditJournal} (one force for everything queued,
 * up to {@code batch-size} entries). So an answer leaves only once its entries are durable, at the
 * cost of a file append rather than a graph transaction over Bolt. A replay thread then writes
 * them into the graph in batches, each with the journal's checkpoint in the same transaction; at
 * start, the records the graph lacks (a kill -9 in between) are written before anything is served.
 * Searches of the trail wait ({@link #flush}) until every entry appended before them is in the
 * graph, so a user finds the entries of the answers they have just read. When the queue is full
 * the request thread journals its entries itself, so nothing is dropped; on shutdown the queue
 * and the journal's tail are written into the graph.
 */
@Component
class AuditLog implements AuditTrail {

    static final String PURPOSE_HEADER = "X-Purpose";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_TEXT = 300;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** How often the replay, gathering entries, looks whether a whole batch is waiting. */
    private static final long GATHER_CHECK_MILLIS = 20;

    /**
     * One entry to append, and the append call it belongs to; with {@code disclosed}, the strings
     * of an answer, of which the write makes an entry for each that is a party id.
     */
    record Entry(long seq, Instant at, String actor, Role role, String action, String entityId, String purpose,
            int status, List<String> disclosed, boolean namedNone, Pending pending) {

        /** The row of {@code access/appendAuditEntries}: a list, in the order its header names. */
        List<Object> row() {
            return Arrays.asList(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, role.name(), action, entityId,
                    purpose, status);
        }

        /**
         * The disclosure row of {@code access/appendAuditEntries}; its candidates are given as
         * positions in the write's list of distinct candidates ({@code index} adds them to it).
         */
        List<Object> disclosureRow(Map<String, Integer> index) {
            Set<Integer> positions = new LinkedHashSet<>();
            for (String candidate : disclosed) {
                positions.add(index.computeIfAbsent(candidate, k -> index.size()));
            }
            return Arrays.asList(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, role.name(), action, purpose,
                    status, List.copyOf(positions), namedNone);
        }
    }

    private final Driver driver;
    private final AccessProperties.Audit settings;
    private final BlockingQueue<Entry> queue;
    private final AtomicLong sequence = new AtomicLong();
    /** Sequence numbers of the entries appended and not yet completed (flush waits for a prefix). */
    private final ConcurrentSkipListSet<Long> outstanding = new ConcurrentSkipListSet<>();
    private final Object progress = new Object();
    private final String append;
    private final SessionConfig writeSession;
    private final String listByEntity;
    private final String countByEntity;
    private final String listByActor;
    private final String countByActor;
    private final String listAll;
    private final String countAll;
    private final AuditJournal journal;
    /** The journal's directory when this log made it for a temporary store: removed at stop. */
    private final Path temporaryDir;
    /** Journaled records not yet in the graph, in journal order (the replay thread's work). */
    private final BlockingQueue<List<AuditJournal.Record>> toGraph = new LinkedBlockingQueue<>();
    private final Object journalOrder = new Object();
    private final Object replayWanted = new Object();
    private boolean replayNow;
    private volatile boolean running = true;
    private volatile boolean replaying = true;
    private final List<Thread> writers = new ArrayList<>();
    private Thread replayer;

    @Autowired
    AuditLog(Driver driver, CypherCatalog catalog, AccessProperties properties, GraphProperties graph) {
        this(driver, catalog, properties.audit(), graph.neo4j().temporary() ? null : graph.dataDir().resolve("audit-journal"));
    }

    /** With a journal of its own in a new temporary directory (tests). */
    AuditLog(Driver driver, CypherCatalog catalog, AccessProperties properties) {
        this(driver, catalog, properties.audit(), null);
    }

    AuditLog(Driver driver, CypherCatalog catalog, AccessProperties.Audit settings) {
        this(driver, catalog, settings, null);
    }

    /** {@code journalDir} null: a new temporary directory (a temporary store has no data directory). */
    AuditLog(Driver driver, CypherCatalog catalog, AccessProperties.Audit settings, Path journalDir) {
        this.driver = driver;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.append = catalog.get("access/appendAuditEntries");
        this.writeSession = GraphSessions.write(driver);
        this.listByEntity = catalog.get("access/listAuditByEntity");
        this.countByEntity = catalog.get("access/countAuditByEntity");
        this.listByActor = catalog.get("access/listAuditByActor");
        this.countByActor = catalog.get("access/countAuditByActor");
        this.listAll = catalog.get("access/listAudit");
        this.countAll = catalog.get("access/countAudit");
        this.temporaryDir = journalDir == null ? temporaryJournalDir() : null;
        this.journal = AuditJournal.open(journalDir != null ? journalDir : temporaryDir, settings.journalSegment().toBytes());
        recover(catalog.get("access/auditJournalReplayed"));
    }

    private static Path temporaryJournalDir() {
        try {
            return Files.createTempDirectory("credlink-audit-journal-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes into the graph the journal's records it has not got (the process stopped before). */
    private void recover(String replayedQuery) {
        Value replayed = driver.executableQuery(replayedQuery).withParameters(Map.of("journal", journal.id()))
                .execute().records().get(0).get("replayed");
        List<AuditJournal.Record> missing = journal.unreplayed(replayed.isNull() ? 0 : replayed.asLong());
        for (int from = 0; from < missing.size(); from += settings.batchSize()) {
            List<AuditJournal.Record> batch = missing.subList(from, Math.min(missing.size(), from + settings.batchSize()));
            if (!writeWithRetry(batch)) {
                throw new IllegalStateException("Cannot write the audit journal's " + missing.size()
                        + " entries into the graph; not serving without them");
            }
        }
        if (!missing.isEmpty()) {
            log.info("Audit journal: {} entries written into the graph that a stop had left out", missing.size());
            journal.replayedUpTo(missing.get(missing.size() - 1).number());
        }
    }

    @PostConstruct
    void start() {
        for (int i = 0; i < settings.writers(); i++) {
            Thread writer = new Thread(this::drainLoop, "credlink-audit-writer-" + (i + 1));
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
        replayer = new Thread(this::replayLoop, "credlink-audit-replay");
        replayer.setDaemon(true);
        replayer.start();
    }

    /**
     * Stops taking entries onto the queue, journals what is on it (the writers drain it, then this
     * thread) and writes the journal's tail into the graph (the replay thread, then this thread).
     */
    @PreDestroy
    void stop() throws InterruptedException, IOException {
        running = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread writer : writers) {
            writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        List<Entry> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            journal(rest);
        }
        replaying = false;
        synchronized (replayWanted) {
            replayNow = true;
            replayWanted.notifyAll();
        }
        if (replayer != null) {
            replayer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        List<AuditJournal.Record> tail = new ArrayList<>();
        for (List<AuditJournal.Record> batch = toGraph.poll(); batch != null; batch = toGraph.poll()) {
            tail.addAll(batch);
        }
        if (!tail.isEmpty()) {
            replayed(tail, writeWithRetry(tail));
        }
        journal.close();
        if (temporaryDir != null) {
            // its store is temporary too: nothing would ever replay these segments
            try (Stream<Path> files = Files.walk(temporaryDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The entries of one append call: done once the writer has committed all of them (or given
     * up on one of them after its retries).
     */
    static final class Pending {
        private final CountDownLatch done = new CountDownLatch(1);
        private final AtomicInteger remaining;
        private volatile boolean failed;

        Pending(int entries) {
            this.remaining = new AtomicInteger(entries);
        }

        void completed(int entries, boolean stored) {
            if (!stored) {
                failed = true;
            }
            if (remaining.addAndGet(-entries) <= 0) {
                done.countDown();
            }
        }
    }

    /**
     * Queues one entry per entity id (one without entity when there is none); {@link #await} waits
     * until they are committed.
     */
    Pending append(CurrentUser user, String action, Collection<String> entityIds, String purpose, int status) {
        return append(user, action, entityIds, List.of(), purpose, status);
    }

    /**
     * Queues one entry per entity id the call named, and, in the same write, one per party id
     * among {@code disclosed} (strings of the answer, none of them a named id); one entry without
     * entity when there is neither.
     */
    Pending append(CurrentUser user, String action, Collection<String> entityIds, Collection<String> disclosed,
            String purpose, int status) {
        Instant at = Instant.now();
        String cleanPurpose = clean(purpose);
        String cleanAction = clean(action);
        boolean disclosure = !disclosed.isEmpty();
        int count = entityIds.size() + (disclosure ? 1 : 0);
        Pending pending = new Pending(Math.max(1, count));
        List<Entry> entries = new ArrayList<>(Math.max(1, count));
        if (count == 0) {
            entries.add(new Entry(sequence.incrementAndGet(), at, user.name(), user.role(),
                    cleanAction, null, cleanPurpose, status, null, false, pending));
        }
        for (String id : entityIds) {
            entries.add(new Entry(sequence.incrementAndGet(), at, user.name(), user.role(),
                    cleanAction, clean(id), cleanPurpose, status, null, false, pending));
        }
        if (disclosure) {
            entries.add(new Entry(sequence.incrementAndGet(), at, user.name(), user.role(), cleanAction, null,
                    cleanPurpose, status, List.copyOf(disclosed), entityIds.isEmpty(), pending));
        }
        entries.forEach(e -> outstanding.add(e.seq()));
        offer(entries);
        return pending;
    }

    /** Appends and waits for the commit; false when the entries could not be stored in time. */
    boolean appendAndAwait(CurrentUser user, String action, Collection<String> entityIds, String purpose, int status) {
        return await(append(user, action, entityIds, purpose, status));
    }

    /** Appends with the strings of the answer, and waits for the commit (see the six-argument append). */
    boolean appendAndAwait(CurrentUser user, String action, Collection<String> entityIds, Collection<String> disclosed,
            String purpose, int status) {
        return await(append(user, action, entityIds, disclosed, purpose, status));
    }

    /**
     * Waits until the entries of one append call are committed (at most {@code max-wait}); false
     * when they are not stored by then or their write failed.
     */
    boolean await(Pending pending) {
        try {
            if (!pending.done.await(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
                log.error("Audit entries not stored within {}", settings.maxWait());
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !pending.failed;
    }

    private void offer(List<Entry> entries) {
        List<Entry> overflow = new ArrayList<>();
        for (Entry entry : entries) {
            if (!running || !queue.offer(entry)) {
                overflow.add(entry);
            }
        }
        if (!overflow.isEmpty()) {
            // full (or shutting down): the caller pays for its own write instead of losing entries
            journal(overflow);
            if (!running && !replaying) {
                List<AuditJournal.Record> tail = new ArrayList<>();
                for (List<AuditJournal.Record> batch = toGraph.poll(); batch != null; batch = toGraph.poll()) {
                    tail.addAll(batch);
                }
                if (!tail.isEmpty()) {
                    replayed(tail, writeWithRetry(tail));
                }
            }
        }
    }

    @Override
    public void record(AuditEvent event) {
        Optional<CurrentUser> user = SignedInUsers.current();
        if (user.isEmpty()) {
            return;
        }
        String purpose = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            purpose = attributes.getRequest().getHeader(PURPOSE_HEADER);
        }
        appendAndAwait(user.get(), event.action(), event.entityId() == null ? List.of() : List.of(event.entityId()),
                purpose, 200);
    }

    @Override
    public void recordAs(CurrentUser actor, AuditEvent event, String purpose, int status) {
        appendAndAwait(actor, event.action(), event.entityId() == null ? List.of() : List.of(event.entityId()),
                purpose, status);
    }

    @Override
    public void flush() {
        long target = sequence.get();
        synchronized (replayWanted) {
            replayNow = true;
            replayWanted.notifyAll();
        }
        // the replay writes into the graph what was journaled, in few transactions; on an overloaded
        // machine that can take a while, and a search must not miss what its user has just read
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (progress) {
            while (pendingUpTo(target) && System.nanoTime() < deadline) {
                try {
                    progress.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (pendingUpTo(target)) {
            log.warn("Audit entries appended before this search are not all in the graph yet after 60 s");
        }
    }

    @Override
    public AuditPage about(String entityId, int page, int size) {
        return search(new AuditQuery(entityId, null, null, null, page, size));
    }

    @Override
    public AuditPage search(AuditQuery q) {
        flush();
        Map<String, Object> params = new HashMap<>();
        params.put("from", q.from() == null ? null : OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        params.put("to", q.to() == null ? null : OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
        String list;
        String count;
        if (q.entityId() != null) {
            params.put("entityId", q.entityId());
            params.put("actor", q.actor());
            list = listByEntity;
            count = countByEntity;
        } else if (q.actor() != null) {
            params.put("actor", q.actor());
            list = listByActor;
            count = countByActor;
        } else {
            list = listAll;
            count = countAll;
        }
        long total = read(count, params).get(0).get("total").asLong();
        params.put("skip", (long) q.page() * q.size());
        params.put("limit", q.size());
        List<AuditEntryView> items = read(list, params).stream().map(AuditLog::view).toList();
        return new AuditPage(items, q.page(), q.size(), total);
    }

    private List<Record> read(String query, Map<String, Object> params) {
        return driver.executableQuery(query).withParameters(params)
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records();
    }

    private static AuditEntryView view(Record r) {
        return new AuditEntryView(r.get("at").asZonedDateTime().toInstant(), r.get("actor").asString(),
                Role.valueOf(r.get("role").asString()), r.get("action").asString(), text(r.get("entityId")),
                text(r.get("purpose")), r.get("status").asInt());
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private void drainLoop() {
        List<Entry> batch = new ArrayList<>(settings.batchSize());
        while (running || !queue.isEmpty()) {
            try {
                Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                // group commit: everything queued while the last force ran goes into this one
                batch.add(first);
                queue.drainTo(batch, settings.batchSize() - 1);
                journal(batch);
                batch.clear();
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            }
        }
    }

    /**
     * Forces the entries to the journal and tells their request threads they are stored; hands
     * them to the replay thread, in journal order. When the journal cannot be written (a full or
     * failing disk), they are written into the graph here instead, and the answers wait for that.
     */
    private void journal(List<Entry> batch) {
        List<AuditJournal.Record> records;
        try {
            synchronized (journalOrder) {
                records = journal.append(batch);
                toGraph.add(records);
            }
        } catch (IOException | RuntimeException e) {
            log.error("Cannot append {} audit entries to the journal ({}); writing them into the graph directly",
                    batch.size(), e.toString());
            List<AuditJournal.Record> direct = batch.stream().map(entry -> new AuditJournal.Record(0, entry)).toList();
            boolean stored = writeWithRetry(direct);
            acknowledge(batch, stored);
            replayed(direct, stored);
            return;
        }
        acknowledge(batch, true);
    }

    /** Tells the waiting request threads that their entries in this batch are durable (or not). */
    private static void acknowledge(List<Entry> batch, boolean stored) {
        Map<Pending, Integer> counts = new IdentityHashMap<>();
        for (Entry e : batch) {
            if (e.pending() != null) {
                counts.merge(e.pending(), 1, Integer::sum);
            }
        }
        counts.forEach((pending, n) -> pending.completed(n, stored));
    }

    /** Marks the entries as in the graph (or given up on): searches waiting in {@link #flush} go on. */
    private void replayed(List<AuditJournal.Record> records, boolean stored) {
        long last = 0;
        for (AuditJournal.Record r : records) {
            outstanding.remove(r.entry().seq());
            last = Math.max(last, r.number());
        }
        if (stored && last > 0) {
            journal.replayedUpTo(last);
        }
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /**
     * Waits up to {@code replay-interval} for more journaled entries, unless a search wants them now
     * or a whole batch is already waiting: the interval spares the graph small transactions, it
     * must not cap how many entries a second reach it.
     */
    private void gather(int taken) throws InterruptedException {
        long interval = settings.replayInterval().toNanos();
        if (interval <= 0) {
            return;
        }
        long deadline = System.nanoTime() + interval;
        synchronized (replayWanted) {
            while (!replayNow && taken + waitingForGraph() < settings.batchSize()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                replayWanted.wait(Math.max(1, Math.min(GATHER_CHECK_MILLIS, TimeUnit.NANOSECONDS.toMillis(left))));
            }
            replayNow = false;
        }
    }

    /** Journaled records queued for the graph behind the batch being gathered. */
    private int waitingForGraph() {
        int n = 0;
        for (List<AuditJournal.Record> records : toGraph) {
            n += records.size();
        }
        return n;
    }

    /**
     * Writes journaled records into the graph, in journal order, many at a time. A write that fails
     * is tried again until it succeeds or the log stops: the records are safe in the journal, and
     * a restart writes them if this process cannot.
     */
    private void replayLoop() {
        List<AuditJournal.Record> batch = new ArrayList<>();
        while (replaying) {
            try {
                List<AuditJournal.Record> first = toGraph.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.addAll(first);
                gather(batch.size());
                for (List<AuditJournal.Record> more = toGraph.peek(); more != null
                        && batch.size() + more.size() <= settings.batchSize(); more = toGraph.peek()) {
                    batch.addAll(toGraph.poll());
                }
                boolean stored = writeWithRetry(batch);
                while (!stored && replaying) {
                    Thread.sleep(1000);
                    stored = writeWithRetry(batch);
                }
                if (stored) {
                    replayed(batch, true);
                } else {
                    // stopping: stop() writes these with the rest of the tail
                    List<AuditJournal.Record> unwritten = new ArrayList<>(batch);
                    List<List<AuditJournal.Record>> later = new ArrayList<>();
                    toGraph.drainTo(later);
                    toGraph.add(unwritten);
                    toGraph.addAll(later);
                }
                batch.clear();
            } catch (InterruptedException e) {
                if (!replaying) {
                    break;
                }
            }
        }
    }

    /** Whether some entry appended with a sequence number up to {@code target} is not completed yet. */
    private boolean pendingUpTo(long target) {
        Long first = outstanding.ceiling(Long.MIN_VALUE);
        return first != null && first <= target;
    }

    /**
     * One write transaction for the records and the journal's checkpoint (the number of the last of
     * them; records numbered 0 were never journaled), retried; false when it failed every time.
     */
    private boolean writeWithRetry(List<AuditJournal.Record> records) {
        List<List<Object>> rows = new ArrayList<>(records.size());
        List<List<Object>> disclosures = new ArrayList<>();
        long replayed = 0;
        // the answers of one write share most of their strings (field names, enum values, the
        // parties of a neighbourhood): each distinct one is looked up once, not once per answer
        Map<String, Integer> index = new LinkedHashMap<>();
        for (AuditJournal.Record r : records) {
            Entry e = r.entry();
            replayed = Math.max(replayed, r.number());
            if (e.disclosed() == null) {
                rows.add(e.row());
            } else {
                disclosures.add(e.disclosureRow(index));
            }
        }
        List<String> candidates = List.copyOf(index.keySet());
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            // an auto-commit transaction: one round trip instead of a managed transaction's two
            // (retried here); the bookmarks of executableQuery keep audit searches after it causal
            try (Session session = driver.session(writeSession)) {
                Map<String, Object> params = new HashMap<>();
                params.put("rows", rows);
                params.put("disclosures", disclosures);
                params.put("candidates", candidates);
                params.put("journal", replayed > 0 ? journal.id() : null);
                params.put("replayed", replayed);
                session.run(append, params).consume();
                return true;
            } catch (RuntimeException e) {
                last = e;
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        log.error("Could not append {} audit entries to the graph: {}", records.size(),
                last == null ? "interrupted" : last.toString());
        return false;
    }

    /** Strips control characters and caps the length of a text stored in the trail. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String stripped = CONTROL.matcher(s).replaceAll(" ").strip();
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }
}
