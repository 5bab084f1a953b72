package io.credlink.credit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.RecomputationQueueView;
import io.credlink.credit.RecomputationRunView;
import io.credlink.credit.RecomputationView;
import io.credlink.graph.BackgroundWork;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphProperties;
import io.credlink.graph.TransientRetries;

/**
 * Recomputations after changes, in the background. A listener of a module event queues a request
 * in the graph (in its own transaction, so a request survives a restart); one worker thread takes
 * every pending request into one run once no request has come for a short settle delay, so a burst
 * of changes costs one recomputation: full when any
 * request asks for it (an import), else incremental around all their parties. A run the process
 * did not finish is queued again at the next start; a failed run is kept as FAILED and not retried
 * (the next change or a full recomputation repairs the scores).
 */
@Component
class RecomputationQueue implements BackgroundWork.Queue {

    private static final Logger log = LoggerFactory.getLogger(RecomputationQueue.class);

    private final Neo4jClient client;
    private final TransientRetries retries;
    private final Recomputations recomputations;
    private final CreditProperties.Queue properties;
    private final String enqueue;
    private final String claim;
    private final String finish;
    private final String requeue;
    private final String countOpen;
    private final String listRuns;
    private final String prune;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean signalled;
    /** When the last request was submitted in this process (null: none since the start). */
    private volatile Instant lastSubmission;
    /** Tells the time of the settle delay; tests replace it to decide when a burst has settled. */
    private volatile Clock clock = Clock.systemUTC();
    private volatile boolean running = true;
    /** False in a process that only queues (credlink.background-work=false: import --no-wait). */
    private final boolean runsHere;
    private Thread worker;

    RecomputationQueue(Neo4jClient client, TransientRetries retries, Recomputations recomputations,
            CreditProperties properties, CypherCatalog catalog, GraphProperties graph) {
        this.client = client;
        this.retries = retries;
        this.recomputations = recomputations;
        this.properties = properties.recomputationQueue();
        this.enqueue = catalog.get("credit/enqueueRecomputation");
        this.claim = catalog.get("credit/claimRecomputations");
        this.finish = catalog.get("credit/finishRecomputation");
        this.requeue = catalog.get("credit/requeueRecomputations");
        this.countOpen = catalog.get("credit/countOpenRecomputations");
        this.listRuns = catalog.get("credit/listRecomputationRuns");
        this.prune = catalog.get("credit/pruneRecomputationRequests");
        this.runsHere = graph.backgroundWork();
    }

    /**
     * Queues a recomputation: around {@code partyIds}, or of every party when {@code full}. Inside
     * a transaction the request commits with it and the worker is woken after the commit.
     */
    void submit(String trigger, String event, Collection<String> partyIds, boolean full) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", UUID.randomUUID().toString());
        params.put("trigger", trigger);
        params.put("event", event);
        params.put("partyIds", List.copyOf(partyIds));
        params.put("full", full);
        params.put("requestedAt", now());
        retries.run(() -> client.query(enqueue).bindAll(params).run());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submitted();
                }
            });
        } else {
            submitted();
        }
    }

    private void submitted() {
        lastSubmission = clock.instant();
        wake();
    }

    /** The clock of the settle delay (tests: a clock they move on when they want the burst to settle). */
    void useClock(Clock clock) {
        this.clock = clock;
        wake();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean idle() {
        long[] open = open();
        return open[0] == 0 && open[1] == 0;
    }

    /** {pending, running} requests. */
    @Transactional(readOnly = true)
    long[] open() {
        return client.query(countOpen).fetchAs(long[].class)
                .mappedBy((types, r) -> new long[] {r.get("pending").asLong(), r.get("running").asLong()}).one()
                .orElse(new long[2]);
    }

    @Transactional(readOnly = true)
    RecomputationQueueView view(int limit) {
        long[] open = open();
        List<RecomputationRunView> runs = List.copyOf(client.query(listRuns).bindAll(Map.of("limit", limit))
                .fetchAs(RecomputationRunView.class).mappedBy((types, r) -> run(r)).all());
        return new RecomputationQueueView(open[0], open[1], runs);
    }

    /** Starts the worker once the application is up (migrations applied, every bean ready). */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!runsHere) {
            log.info("recomputations are queued, not run, in this process (credlink.background-work=false)");
            return;
        }
        long requeued = requeueUnfinished();
        if (requeued > 0) {
            log.info("{} recomputation requests of a run that did not finish are queued again", requeued);
        }
        worker = new Thread(this::work, "credit-recompute");
        worker.setDaemon(true);
        worker.start();
    }

    /** Requests of a run this process did not finish (it stopped during it) wait again; how many. */
    long requeueUnfinished() {
        long n = retries.call(() -> client.query(requeue).fetchAs(Long.class)
                .mappedBy((t, r) -> r.get("requeued").asLong()).one().orElse(0L));
        wake();
        return n;
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        running = false;
        Thread w = worker;
        if (w != null) {
            wake();
            // a running recomputation ends with the DBMS; its requests run again at the next start
            w.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private void wake() {
        lock.lock();
        try {
            signalled = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        try {
            while (running) {
                boolean ran;
                try {
                    settle();
                    ran = runOnce();
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    // the graph could not be reached: try again after the poll interval
                    log.warn("Recomputation queue: {}", e.toString());
                    ran = false;
                }
                if (!ran) {
                    awaitSignal();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until no request has been submitted for {@code settle} (at most {@code settleAtMost}
     * in all), so that the requests of a burst of changes are all pending when the worker takes them.
     */
    private void settle() throws InterruptedException {
        Duration settle = properties.settle();
        if (settle.isZero()) {
            return;
        }
        Instant start = clock.instant();
        lock.lock();
        try {
            while (running) {
                Instant now = clock.instant();
                Instant last = lastSubmission;
                Duration quiet = last == null ? settle : Duration.between(last, now);
                if (quiet.compareTo(settle) >= 0 || Duration.between(start, now).compareTo(properties.settleAtMost()) >= 0) {
                    return;
                }
                signalled = false;
                changed.await(Math.max(1, settle.minus(quiet).toMillis()), TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a submission, or the poll interval (requests queued by another instance). */
    private void awaitSignal() throws InterruptedException {
        lock.lock();
        try {
            if (!signalled) {
                changed.await(properties.poll().toMillis(), TimeUnit.MILLISECONDS);
            }
            signalled = false;
        } finally {
            lock.unlock();
        }
    }

    /** Runs every pending request as one recomputation; false when none was pending. */
    boolean runOnce() {
        lock.lock();
        try {
            signalled = false;
        } finally {
            lock.unlock();
        }
        String runId = UUID.randomUUID().toString();
        Map<String, Object> claimed = Map.of("runId", runId, "startedAt", now());
        List<Record> requests = retries.call(() -> List.copyOf(client.query(claim).bindAll(claimed)
                .fetchAs(Record.class).mappedBy((t, r) -> r).all()));
        if (requests.isEmpty()) {
            return false;
        }
        boolean full = requests.stream().anyMatch(r -> r.get("full").asBoolean(false));
        Set<String> parties = new LinkedHashSet<>();
        requests.forEach(r -> parties.addAll(r.get("partyIds").asList(Value::asString)));
        Map<String, Object> params = new HashMap<>();
        params.put("runId", runId);
        try {
            LocalDate today = LocalDate.now();
            RecomputationView view = full ? recomputations.all(today) : recomputations.around(parties, today);
            params.put("state", "DONE");
            params.put("result", result(view));
            params.put("error", null);
        } catch (RuntimeException e) {
            if (!running) {
                throw e; // stopping: the requests stay RUNNING and are queued again at the next start
            }
            log.warn("Credit scores were not recomputed after {} change(s) ({}): {}", requests.size(),
                    requests.get(0).get("trigger").asString(), e.toString());
            params.put("state", "FAILED");
            params.put("result", null);
            params.put("error", e.toString());
        }
        params.put("finishedAt", now());
        retries.run(() -> client.query(finish).bindAll(params).run());
        retries.run(() -> client.query(prune).bindAll(Map.of("keep", properties.keepRuns())).run());
        return true;
    }

    private static Map<String, Object> result(RecomputationView v) {
        Map<String, Object> m = new HashMap<>();
        m.put("mode", v.mode());
        m.put("asOf", v.asOf());
        m.put("computedAt", v.computedAt());
        m.put("scored", v.scored());
        m.put("changed", v.changed());
        m.put("riskSources", v.riskSources());
        m.put("tookMs", v.tookMs());
        return m;
    }

    private static RecomputationRunView run(Record r) {
        RecomputationView result = r.get("mode").isNull() ? null
                : new RecomputationView(r.get("mode").asString(), r.get("asOf").asLocalDate(), time(r.get("computedAt")),
                        r.get("scored").asLong(), r.get("changed").asLong(), r.get("riskSources").asLong(),
                        r.get("tookMs").asLong());
        List<String> triggers = new ArrayList<>(r.get("triggers").asList(Value::asString));
        return new RecomputationRunView(r.get("runId").asString(null), r.get("state").asString(), triggers,
                r.get("parties").asLong(), r.get("full").asBoolean(false), time(r.get("requestedAt")), time(r.get("startedAt")),
                time(r.get("finishedAt")), result, r.get("error").asString(null));
    }

    private static OffsetDateTime time(Value v) {
        return v.isNull() ? null : v.asOffsetDateTime();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
