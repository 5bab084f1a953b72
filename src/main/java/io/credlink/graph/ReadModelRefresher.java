package io.credlink.graph;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 *
 * <p>A model that can be patched ({@link #watchPatching}) is told which keys each relevant
 * transaction touched ({@link Touched}); after a quiet period it is patched for the keys touched
 * since it was last brought up to date, and rebuilt only when a transaction could not tell its
 * keys, when more than {@code maxPatchKeys} were touched, or when a patch failed. A patch, like a
 * rebuild, returns false when the graph changed while it ran; its keys are then kept for the next.
 */
public final class ReadModelRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRefresher.class);

    private final String name;
    private final Duration delay;
    private final Function<TransactionData, Touched> touched;
    private final LongPredicate rebuild;
    /** Null: every refresh is a rebuild. */
    private final Patch patch;
    private final int maxPatchKeys;
    private final Object pendingLock = new Object();
    /**
     * Keys touched by the relevant transactions since the last refresh began; null when only a
     * rebuild will do (at start, and after a transaction that could not tell its keys).
     */
    private Set<String> pending;
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

    /**
     * What one transaction changed in a patchable model: nothing it reads, the values of some keys
     * (for the check read model, party ids), or everything (the keys cannot be told).
     */
    public record Touched(boolean everything, Set<String> keys) {

        public static final Touched NOTHING = new Touched(false, Set.of());
        public static final Touched EVERYTHING = new Touched(true, Set.of());

        public static Touched keys(Set<String> keys) {
            return keys.isEmpty() ? NOTHING : new Touched(false, keys);
        }

        boolean relevant() {
            return everything || !keys.isEmpty();
        }
    }

    /** Brings a model up to {@code stamp} for the keys touched since it was last current. */
    @FunctionalInterface
    public interface Patch {

        /** False when the graph changed while it ran ({@code changes()} moved past the stamp). */
        boolean apply(Set<String> keys, long stamp);
    }

    private ReadModelRefresher(String name, Duration delay, Function<TransactionData, Touched> touched, LongPredicate rebuild,
            Patch patch, int maxPatchKeys, boolean enabled) {
        this.name = name;
        this.delay = delay;
        this.touched = touched;
        this.rebuild = rebuild;
        this.patch = patch;
        this.maxPatchKeys = maxPatchKeys;
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
        return register(dbms, new ReadModelRefresher(name, delay,
                data -> relevant.test(data) ? Touched.EVERYTHING : Touched.NOTHING, rebuild, null, 0, dbms != null));
    }

    /**
     * As {@link #watch}, for a model that can be patched: {@code touched} tells the keys a
     * transaction changed, {@code patch} brings the model up to date for them, and {@code rebuild}
     * runs first and whenever a patch will not do (more than {@code maxPatchKeys} keys pending,
     * or a transaction whose keys could not be told).
     */
    public static ReadModelRefresher watchPatching(EmbeddedNeo4j dbms, String name, Duration delay, int maxPatchKeys,
            Function<TransactionData, Touched> touched, LongPredicate rebuild, Patch patch) {
        return register(dbms, new ReadModelRefresher(name, delay, touched, rebuild, patch, maxPatchKeys, dbms != null));
    }

    private static ReadModelRefresher register(EmbeddedNeo4j dbms, ReadModelRefresher refresher) {
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
            // Transactions from here on note their keys in a fresh set. One that noted into the
            // taken set had already counted (counting comes first), so the patch or rebuild sees
            // the stamp move, fails, and the taken keys go back.
            Set<String> keys;
            synchronized (pendingLock) {
                keys = pending;
                pending = patch == null ? null : new HashSet<>();
            }
            boolean ok = keys == null ? rebuild.test(stamp) : patch.apply(keys, stamp);
            if (!ok) {
                synchronized (pendingLock) {
                    if (keys == null || pending == null) {
                        pending = null;
                    } else {
                        pending.addAll(keys);
                        if (pending.size() > maxPatchKeys) {
                            pending = null;
                        }
                    }
                }
                return false;
            }
            built = stamp;
            return true;
        }
    }

    /** Keeps what a counted transaction touched for the next patch (or gives up on patching). */
    private void note(Touched t) {
        synchronized (pendingLock) {
            if (pending == null) {
                return;
            }
            if (t.everything() || pending.size() + t.keys().size() > maxPatchKeys) {
                pending = null;
            } else {
                pending.addAll(t.keys());
            }
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
            Touched t;
            try {
                t = touched.apply(data);
            } catch (RuntimeException e) {
                t = Touched.EVERYTHING; // unsure: count it, and rebuild
            }
            if (!t.relevant()) {
                return false;
            }
            begun.incrementAndGet(); // first: see refreshNow for why
            note(t);
            return true;
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
