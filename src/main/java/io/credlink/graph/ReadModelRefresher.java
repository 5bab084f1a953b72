package io.credlink.graph;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an in-memory read model of the graph current: counts the committed transactions of the
 * embedded DBMS that a predicate finds relevant to the model, and rebuilds the model on a
 * background thread once no such transaction has come for {@code delay}.
 *
 * <p>{@link #changes()} grows in {@code beforeCommit}, before the change is visible to anyone;
 * the count of settled transactions once it is committed or rolled back. A rebuild starts only
 * when both counts agree, and the model it builds, stamped with {@code changes()}, is current
 * ({@link #isCurrent}) exactly while {@code changes()} still returns that stamp; a model must
 * answer nothing (its caller asks the graph) while it is not. When the predicate fails on a transaction, the transaction counts.
 *
 * <p>The rebuild is given the stamp to build for, and returns false when the graph changed while
 * it ran ({@code changes()} moved past the stamp); it is then tried again after the next quiet
 * period. It runs on the refresher's thread or in {@link #refreshNow()}, never
 * twice at once.
 */
public final class ReadModelRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRefresher.class);

    private final String name;
    private final Duration delay;
    private final Predicate<TransactionData> relevant;
    private final LongPredicate rebuild;
    /** The stamp of the last rebuild that succeeded (-1: none yet). */
    private volatile long built = -1;
    private final AtomicLong begun = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    /** Null when there is no DBMS to watch: the model is then never current. */
    private final ScheduledExecutorService executor;
    private volatile long lastChange = System.nanoTime();
    // not the rebuild's monitor: a committing transaction calls schedule() and must never wait for a rebuild
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Object rebuilding = new Object();

    private ReadModelRefresher(String name, Duration delay, Predicate<TransactionData> relevant, LongPredicate rebuild,
            boolean enabled) {
        this.name = name;
        this.delay = delay;
        this.relevant = relevant;
        this.rebuild = rebuild;
        this.executor = !enabled ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A refresher of the model called {@code name} (its thread's name too), watching the commits
     * of {@code dbms}; the first rebuild runs at {@link #start()}. With a null {@code dbms} (an
     * external server, or the model switched off) it is disabled: nothing is ever current, and
     * every answer comes from the graph.
     */
    public static ReadModelRefresher watch(EmbeddedNeo4j dbms, String name, Duration delay,
            Predicate<TransactionData> relevant, LongPredicate rebuild) {
        ReadModelRefresher refresher = new ReadModelRefresher(name, delay, relevant, rebuild, dbms != null);
        if (dbms != null) {
            dbms.registerTransactionEventListener(refresher.new Listener());
        }
        return refresher;
    }

    /** Whether commits are watched (an embedded DBMS), so that a model can be current at all. */
    public boolean enabled() {
        return executor != null;
    }

    /** Whether a model stamped {@code stamp} is current: no relevant transaction has begun since. */
    public boolean isCurrent(long stamp) {
        return enabled() && stamp == begun.get();
    }

    /** Relevant transactions begun so far: the stamp of a model built now. */
    public long changes() {
        return begun.get();
    }

    /** Whether no relevant transaction is committing right now (a rebuild may start). */
    private boolean settled() {
        return begun.get() == done.get();
    }

    /** Schedules the first rebuild (at application start). */
    public void start() {
        if (enabled()) {
            schedule(0);
        }
    }

    public void stop() {
        if (enabled()) {
            executor.shutdownNow();
        }
    }

    /**
     * Rebuilds now on the calling thread, unless the last rebuild is still current; false when a
     * relevant transaction is committing, when the graph changed while the rebuild ran (the
     * model then stays stale and another rebuild is due), or when disabled.
     */
    public boolean refreshNow() {
        if (!enabled()) {
            return false;
        }
        synchronized (rebuilding) {
            long stamp = begun.get();
            if (stamp != done.get()) {
                return false;
            }
            if (built == stamp) {
                return true;
            }
            if (!rebuild.test(stamp)) {
                return false;
            }
            built = stamp;
            return true;
        }
    }

    private void changed() {
        lastChange = System.nanoTime();
        schedule(delay.toMillis());
    }

    private void schedule(long millis) {
        if (executor.isShutdown() || !scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.schedule(this::refreshWhenQuiet, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.set(false); // shutting down
        }
    }

    private void refreshWhenQuiet() {
        scheduled.set(false);
        long quiet = System.nanoTime() - lastChange;
        if (quiet < delay.toNanos() || !settled()) {
            schedule(Math.max(50, (delay.toNanos() - quiet) / 1_000_000));
            return;
        }
        try {
            if (!refreshNow()) {
                schedule(delay.toMillis());
            }
        } catch (RuntimeException e) {
            if (!executor.isShutdown()) {
                log.warn("{} not rebuilt, answers come from the graph: {}", name, e.toString());
                schedule(Math.max(delay.toMillis(), 1000));
            }
        }
    }

    /** The DBMS's view of the refresher. */
    private final class Listener implements TransactionEventListener<Boolean> {

        @Override
        public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
            boolean counts;
            try {
                counts = relevant.test(data);
            } catch (RuntimeException e) {
                counts = true; // unsure: count it
            }
            if (counts) {
                begun.incrementAndGet();
            }
            return counts;
        }

        @Override
        public void afterCommit(TransactionData data, Boolean counted, GraphDatabaseService database) {
            finished(counted);
        }

        @Override
        public void afterRollback(TransactionData data, Boolean counted, GraphDatabaseService database) {
            finished(counted);
        }

        private void finished(Boolean counted) {
            if (Boolean.TRUE.equals(counted)) {
                done.incrementAndGet();
                changed();
            }
        }
    }
}
