package io.credlink.access.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The audit trail in the graph, written by group commit: request threads put their entries on a
 * bounded queue and wait ({@link #await}) until a writer thread has committed them; a writer
 * takes everything queued and appends it in one write transaction (up to {@code batch-size}
 * entries). So an answer leaves only once its entries are stored, and 32 concurrent requests cost
 * a few transactions, not 32. With more than one writer ({@code writers}), one takes the next
 * entries while another's commit waits for the transaction log to reach the disk. When the queue is full the request thread
 * writes its entries itself, so nothing is dropped; on shutdown the queue is drained.
 */
@Component
class AuditLog implements AuditTrail {

    static final String PURPOSE_HEADER = "X-Purpose";

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_TEXT = 300;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

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
    private volatile boolean running = true;
    private final List<Thread> writers = new ArrayList<>();

    @Autowired
    AuditLog(Driver driver, CypherCatalog catalog, AccessProperties properties) {
        this(driver, catalog, properties.audit());
    }

    AuditLog(Driver driver, CypherCatalog catalog, AccessProperties.Audit settings) {
        this.driver = driver;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.append = catalog.get("access/appendAuditEntries");
        this.writeSession = SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager()).build();
        this.listByEntity = catalog.get("access/listAuditByEntity");
        this.countByEntity = catalog.get("access/countAuditByEntity");
        this.listByActor = catalog.get("access/listAuditByActor");
        this.countByActor = catalog.get("access/countAuditByActor");
        this.listAll = catalog.get("access/listAudit");
        this.countAll = catalog.get("access/countAudit");
    }

    @PostConstruct
    void start() {
        for (int i = 0; i < settings.writers(); i++) {
            Thread writer = new Thread(this::drainLoop, "credlink-audit-writer-" + (i + 1));
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Stops taking entries onto the queue and commits what is on it (the writer drains it, then this thread). */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread writer : writers) {
            writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        List<Entry> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            complete(rest, writeWithRetry(rest));
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
            complete(overflow, writeWithRetry(overflow));
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
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
                // group commit: everything queued while the last transaction ran goes into this one
                batch.add(first);
                queue.drainTo(batch, settings.batchSize() - 1);
                complete(batch, writeWithRetry(batch));
                batch.clear();
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            }
        }
    }

    /** Tells the waiting request threads that their entries in this batch are stored (or not). */
    private void complete(List<Entry> batch, boolean stored) {
        Map<Pending, Integer> counts = new IdentityHashMap<>();
        for (Entry e : batch) {
            counts.merge(e.pending(), 1, Integer::sum);
            outstanding.remove(e.seq());
        }
        counts.forEach((pending, n) -> pending.completed(n, stored));
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /** Whether some entry appended with a sequence number up to {@code target} is not completed yet. */
    private boolean pendingUpTo(long target) {
        Long first = outstanding.ceiling(Long.MIN_VALUE);
        return first != null && first <= target;
    }

    /** One write transaction for the entries, retried; false when it failed every time. */
    private boolean writeWithRetry(List<Entry> entries) {
        List<List<Object>> rows = new ArrayList<>(entries.size());
        List<List<Object>> disclosures = new ArrayList<>();
        // the answers of one write share most of their strings (field names, enum values, the
        // parties of a neighbourhood): each distinct one is looked up once, not once per answer
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Entry e : entries) {
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
                session.run(append, Map.of("rows", rows, "disclosures", disclosures, "candidates", candidates)).consume();
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
        log.error("Could not append {} audit entries: {}", entries.size(), last == null ? "interrupted" : last.toString());
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
