package io.credlink.resolution.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import io.credlink.graph.GraphWrittenAround;
import io.credlink.resolution.ResolvedMembers;

/**
 * The members of every resolved entity of more than one party, in memory, so that a
 * counterparty check learns a party's other members without a query of its own (one Bolt round
 * trip per check was a third of the check's cost at scale 100).
 *
 * <p>Resolution is the only writer of {@code resolvedId} and every write passes
 * {@link ResolutionQueries#writeResolvedIds}, so the index knows when it may be stale: while a
 * write runs and after one committed since it was loaded. Then the graph answers and the index
 * is loaded again in the background. It holds only the members of groups (a few percent of the
 * parties): a party not in it is alone. A process that shares the database with another writer
 * of {@code resolvedId} (a second instance running resolution) would not see that writer's
 * changes here; one instance runs resolution (docs/resolution.md).
 */
@Component
class MemberIndex implements ResolvedMembers {

    private static final Logger log = LoggerFactory.getLogger(MemberIndex.class);

    /** The groups as loaded at {@code version}, by member id. */
    private record Snapshot(long version, Map<String, List<String>> byMember) {
    }

    private final ResolutionQueries queries;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "credlink-resolution-members");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean loading = new AtomicBoolean();
    /** Writes around the application announced so far: a load that began before one is not kept. */
    private final java.util.concurrent.atomic.AtomicLong writtenAround = new java.util.concurrent.atomic.AtomicLong();
    private volatile Snapshot snapshot;

    MemberIndex(ResolutionQueries queries) {
        this.queries = queries;
    }

    /**
     * Every member of the resolved entity of each id (itself included, sorted); an id alone, or no
     * party at all, maps to itself.
     */
    @Override
    public Map<String, List<String>> members(Collection<String> partyIds) {
        List<String> ids = List.copyOf(partyIds);
        Snapshot current = current();
        if (current == null) {
            Map<String, List<String>> fromGraph = queries.findMembers(ids);
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String id : ids) {
                out.put(id, fromGraph.getOrDefault(id, List.of(id)));
            }
            return out;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, current.byMember().getOrDefault(id, List.of(id)));
        }
        return out;
    }

    /** Whether the index answers now (for tests and health). */
    boolean isCurrent() {
        Snapshot s = snapshot;
        return s != null && queries.resolvedIdWritesInProgress() == 0 && s.version() == queries.resolvedIdVersion();
    }

    /** The snapshot when it is current; otherwise null, and a load is started. */
    private Snapshot current() {
        if (isCurrent()) {
            return snapshot;
        }
        scheduleLoad();
        return null;
    }

    private void scheduleLoad() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        try {
            loader.execute(() -> {
                try {
                    load();
                } catch (RuntimeException e) {
                    log.warn("Could not load the members of resolved entities: {}", e.toString());
                } finally {
                    loading.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            loading.set(false);
        }
    }

    /**
     * A write around the application (an operator's Cypher, a test fixture) may have changed or
     * removed parties and their resolvedId: the graph answers until the index is loaded again.
     */
    @EventListener
    void on(GraphWrittenAround event) {
        writtenAround.incrementAndGet();
        snapshot = null;
    }

    /** Loads the groups; kept only when no write of resolvedId began or ended meanwhile. */
    void load() {
        long around = writtenAround.get();
        long version = queries.resolvedIdVersion();
        if (queries.resolvedIdWritesInProgress() > 0) {
            return;
        }
        Map<String, List<String>> byMember = new HashMap<>();
        queries.listGroupMembers().values().forEach(members -> members.forEach(m -> byMember.put(m, members)));
        if (queries.resolvedIdWritesInProgress() == 0 && queries.resolvedIdVersion() == version
                && writtenAround.get() == around) {
            snapshot = new Snapshot(version, byMember);
        }
    }

    @PreDestroy
    void stop() {
        loader.shutdownNow();
    }
}
