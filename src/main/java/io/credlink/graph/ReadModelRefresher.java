package io.credlink.graph;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * Keeps an in-memory read model of the graph current from what the application's own writers
 * say they change, the same with the embedded DBMS and with an external server or cluster.
 *
 * <p>A writer (or a listener of its module event, which runs in the writer's transaction) calls
 * {@link #changing} before its transaction commits: the keys it names (for the check read model,
 * party ids) are <em>changing</em> from then on, and a model must answer nothing for them
 * ({@link #serves} is false; the caller asks the graph). When the transaction completes (commit or
 * rollback) the keys are settled, and {@code delay} later they are re-read from the graph and
 * patched into the model; only then does the model serve them again. So a reader never gets a
 * value older than a commit whose writer has answered. A change that cannot name its keys (an
 * import), or more than {@code maxPatchKeys} keys pending, makes the whole model stale: it is
 * rebuilt once no such change has come for {@code delay}.
 *
 * <p>Writes the application does not make (someone in Neo4j Browser, another application
 * instance) are not seen. A full rebuild every {@code fullRebuildEvery} (zero: never) bounds how
 * long such a write stays unseen; the model keeps serving while that rebuild runs.
 *
 * <p>The rebuild and the patch are given a stamp ({@link #changes()}, the whole-model changes
 * begun so far) and may give up (return false) when it moves while they run; they are then tried
 * again. Keys changing while a rebuild or a patch runs stay changing and are patched after it. A
 * rebuild or a patch runs on the refresher's thread or in {@link #refreshNow()}, never two at once.
 */
public final class ReadModelRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRefresher.class);

    private final String name;
    private final Duration delay;
    private final Duration fullRebuildEvery;
    private final LongPredicate rebuild;
    /** Null: every change is a whole-model change (the model is only ever rebuilt). */
    private final Patch patch;
    private final int maxPatchKeys;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Nothing is refreshed in the background before {@link #start()} (a command never builds the model). */
    private volatile boolean started;
    private final Object refreshing = new Object();

    private final Object lock = new Object();
    /** The generation of the last change of each key not yet patched in; read lock-free by readers. */
    private final ConcurrentHashMap<String, Long> changing = new ConcurrentHashMap<>();
    /** Open transactions per changing key (guarded by lock). */
    private final Map<String, Integer> open = new HashMap<>();
    /** Settled keys waiting for a patch (guarded by lock). */
    private final Set<String> pending = new HashSet<>();
    /** Every change, keyed or whole, takes the next generation (guarded by lock). */
    private long generation;
    /** Whole-model changes begun: the stamp a rebuild is given (guarded by lock, read by the content functions). */
    private volatile long wholeChanges;
    /** Open whole-model changes (guarded by lock). */
    private int openWhole;
    /** Whether only a rebuild brings the model up to date (guarded by lock); true until the first one. */
    private boolean rebuildDue = true;
    /** Whether the model serves at all: built, and no whole-model change open or since its rebuild. */
    private volatile boolean wholeCurrent;
    private volatile long lastChange = System.nanoTime();
    private volatile long lastRebuild = System.nanoTime();

    /** What one change touches in a model: the values of some keys, or everything. */
    public record Touched(boolean everything, Set<String> keys) {

        public static final Touched NOTHING = new Touched(false, Set.of());
        public static final Touched EVERYTHING = new Touched(true, Set.of());

        public static Touched keys(Collection<String> keys) {
            return keys.isEmpty() ? NOTHING : new Touched(false, Set.copyOf(keys));
        }

        boolean relevant() {
            return everything || !keys.isEmpty();
        }
    }

    /** Brings a model up to date for some keys (re-reads them from the graph). */
    @FunctionalInterface
    public interface Patch {

        /** False when it gave up because {@code changes()} moved past {@code stamp}. */
        boolean apply(Set<String> keys, long stamp);
    }

    /** A change a writer made in its own transaction: closed once that transaction committed or rolled back. */
    public interface Change extends AutoCloseable {

        @Override
        void close();
    }

    private ReadModelRefresher(String name, Duration delay, Duration fullRebuildEvery, LongPredicate rebuild, Patch patch,
            int maxPatchKeys, boolean enabled) {
        this.name = name;
        this.delay = delay;
        this.fullRebuildEvery = fullRebuildEvery == null ? Duration.ZERO : fullRebuildEvery;
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
     * A refresher of a model that is only rebuilt: every relevant change makes it stale until the
     * next rebuild. Disabled ({@code enabled} false), nothing is ever current.
     */
    public static ReadModelRefresher rebuilding(String name, Duration delay, Duration fullRebuildEvery, boolean enabled,
            LongPredicate rebuild) {
        return new ReadModelRefresher(name, delay, fullRebuildEvery, rebuild, null, 0, enabled);
    }

    /**
     * A refresher of a model that can be patched for the keys a change names; {@code rebuild} runs
     * first, after a change that names no keys, and when more than {@code maxPatchKeys} are pending.
     */
    public static ReadModelRefresher patching(String name, Duration delay, Duration fullRebuildEvery, int maxPatchKeys,
            boolean enabled, LongPredicate rebuild, Patch patch) {
        return new ReadModelRefresher(name, delay, fullRebuildEvery, rebuild, patch, maxPatchKeys, enabled);
    }

    public boolean enabled() {
        return executor != null;
    }

    /** Whether the model is wholly up to date: it serves every key. */
    public boolean current() {
        return enabled() && wholeCurrent && changing.isEmpty();
    }

    /** Whether the model may answer for these keys: it serves, and none of them is changing. */
    public boolean serves(Collection<String> keys) {
        if (!enabled() || !wholeCurrent) {
            return false;
        }
        if (!changing.isEmpty()) {
            for (String k : keys) {
                if (changing.containsKey(k)) {
                    return false;
                }
            }
        }
        return wholeCurrent;
    }

    /** Whether the model serves at all (it may still not serve some changing keys). */
    public boolean serving() {
        return enabled() && wholeCurrent;
    }

    /** Whole-model changes begun so far: a rebuild or patch given an older stamp may give up. */
    public long changes() {
        return wholeChanges;
    }

    /**
     * Notes a change of the current transaction: its keys are changing from now until the
     * transaction completes and the model is patched. Without a transaction the change is taken
     * as committed already.
     */
    public void changing(Touched touched) {
        if (!enabled() || !touched.relevant()) {
            return;
        }
        Change change = begin(touched);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    change.close();
                }
            });
        } else {
            change.close();
        }
    }

    /** Notes a change a writer makes in its own transaction; close the answer once it committed or rolled back. */
    public Change begin(Touched touched) {
        if (!enabled() || !touched.relevant()) {
            return () -> {
            };
        }
        Set<String> keys = touched.everything() ? Set.of() : touched.keys();
        synchronized (lock) {
            long g = ++generation;
            if (touched.everything() || patch == null) {
                openWhole++;
                wholeStale();
            } else {
                for (String k : keys) {
                    open.merge(k, 1, Integer::sum);
                    changing.put(k, g);
                }
                if (changing.size() > maxPatchKeys && !rebuildDue) {
                    wholeStale();
                }
            }
        }
        boolean whole = touched.everything() || patch == null;
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                settle(whole, keys);
            }
        };
    }

    /**
     * Guarded by lock: only a rebuild will do, and nothing is served until it ran; settled keys
     * need no patch of their own, as the rebuild reads them committed. Open ones stay changing.
     */
    private void wholeStale() {
        wholeChanges++;
        wholeCurrent = false;
        rebuildDue = true;
        pending.clear();
        changing.keySet().retainAll(open.keySet());
    }

    private void settle(boolean whole, Set<String> keys) {
        synchronized (lock) {
            if (whole) {
                openWhole--;
            } else {
                for (String k : keys) {
                    boolean settled = open.merge(k, -1, Integer::sum) <= 0;
                    if (settled) {
                        open.remove(k);
                    }
                    if (!rebuildDue) {
                        pending.add(k);
                    } else if (settled && !wholeCurrent) {
                        changing.remove(k); // the due rebuild starts later and reads it committed
                    }
                }
            }
        }
        lastChange = System.nanoTime();
        schedule(delay.toMillis());
    }

    /**
     * Starts the model where its answers are asked for, a web application, once it is ready; a
     * command (import, evaluate) would hold the model for nothing while it works.
     */
    public void startIfServing(ApplicationContext context) {
        if (context instanceof WebApplicationContext) {
            start();
        }
    }

    /** Schedules the first rebuild (at application start) and the periodic ones. */
    public void start() {
        if (!enabled()) {
            return;
        }
        started = true;
        schedule(0);
        long every = fullRebuildEvery.toMillis();
        if (every > 0) {
            executor.scheduleWithFixedDelay(this::periodicRebuild, every, every, TimeUnit.MILLISECONDS);
        }
    }

    public void stop() {
        if (enabled()) {
            executor.shutdownNow();
        }
    }

    /**
     * Brings the model up to date now, on the calling thread: rebuilds it if only that will do,
     * else patches the settled keys. False when a change it must wait for is still open, or a
     * rebuild or patch gave up (it is then due again), or when disabled.
     */
    public boolean refreshNow() {
        return refresh(false);
    }

    /** Rebuilds now even if nothing changed: what the application did not write is read too. */
    public boolean rebuildNow() {
        return refresh(true);
    }

    private boolean refresh(boolean full) {
        if (!enabled()) {
            return false;
        }
        synchronized (refreshing) {
            long stamp;
            long startGeneration;
            boolean rebuilding;
            Set<String> keys;
            synchronized (lock) {
                rebuilding = rebuildDue || full;
                if (rebuilding && openWhole > 0) {
                    return false;
                }
                stamp = wholeChanges;
                startGeneration = generation;
                // keys whose transactions are all settled now are read as committed by what runs next
                keys = new HashSet<>(rebuilding ? changing.keySet() : pending);
                keys.removeAll(open.keySet());
                if (rebuilding) {
                    rebuildDue = false;
                    pending.clear();
                } else {
                    pending.removeAll(keys);
                }
            }
            boolean ok;
            try {
                ok = rebuilding ? rebuild.test(stamp) : keys.isEmpty() || patch.apply(Set.copyOf(keys), stamp);
            } catch (RuntimeException e) {
                failed(rebuilding, keys);
                throw e;
            }
            if (!ok) {
                failed(rebuilding, keys);
                return false;
            }
            synchronized (lock) {
                for (String k : keys) {
                    Long g = changing.get(k);
                    if (g != null && g <= startGeneration && !open.containsKey(k)) {
                        changing.remove(k);
                    }
                }
                if (rebuilding) {
                    lastRebuild = System.nanoTime();
                }
                if (wholeChanges == stamp && openWhole == 0 && !rebuildDue) {
                    wholeCurrent = true;
                }
                return wholeCurrent && open.isEmpty() && pending.isEmpty() && changing.isEmpty();
            }
        }
    }

    private void failed(boolean rebuilding, Set<String> keys) {
        synchronized (lock) {
            if (rebuilding) {
                rebuildDue = true;
            } else if (!rebuildDue) {
                pending.addAll(keys);
            }
        }
    }

    private void schedule(long millis) {
        if (executor == null || !started || executor.isShutdown() || !scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.schedule(this::refreshWhenDue, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.set(false); // shutting down
        }
    }

    /**
     * Patches as soon as {@code delay} has passed since they settled (one patch for a burst);
     * a rebuild waits for {@code delay} without any change, so that a recomputation writing page
     * after page costs one rebuild at its end, not one per page.
     */
    private void refreshWhenDue() {
        scheduled.set(false);
        boolean rebuilding;
        boolean work;
        synchronized (lock) {
            rebuilding = rebuildDue;
            work = rebuildDue || !pending.isEmpty();
        }
        if (!work) {
            return;
        }
        long quiet = System.nanoTime() - lastChange;
        if (rebuilding && quiet < delay.toNanos()) {
            schedule(Math.max(50, (delay.toNanos() - quiet) / 1_000_000));
            return;
        }
        try {
            refreshNow();
        } catch (RuntimeException e) {
            if (!executor.isShutdown()) {
                log.warn("{} not refreshed, answers come from the graph: {}", name, e.toString());
            }
        }
        synchronized (lock) {
            work = rebuildDue || !pending.isEmpty();
        }
        if (work) {
            schedule(Math.max(delay.toMillis(), 50));
        }
    }

    private void periodicRebuild() {
        if (System.nanoTime() - lastRebuild < fullRebuildEvery.toNanos() / 2) {
            return; // rebuilt lately for a change
        }
        try {
            if (!rebuildNow()) {
                schedule(delay.toMillis());
            }
        } catch (RuntimeException e) {
            if (!executor.isShutdown()) {
                log.warn("{} not rebuilt, answers come from the graph: {}", name, e.toString());
            }
        }
    }
}
