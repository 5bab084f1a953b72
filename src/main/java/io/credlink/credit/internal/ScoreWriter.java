package io.credlink.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.internal.NetworkParts.NetworkState;
import io.credlink.graph.ReadModelRefresher;

/**
 * Scores parties with {@link ScoringModel} on a computed network part and stores the scores: a
 * history entry when a score changed, only the day and time when nothing did.
 */
@Component
class ScoreWriter {

    private final CreditQueries queries;
    private final CreditProperties properties;
    private final ScoringModel model;
    private final StoredJson json;
    private final CheckReadModel checkModel;
    /** Grade changes of the running recomputation: its workers add, it publishes them at the end. */

    ScoreWriter(CreditQueries queries, CreditProperties properties, StoredJson json, CheckReadModel checkModel) {
        this.queries = queries;
        this.checkModel = checkModel;
        this.properties = properties;
        this.model = new ScoringModel(properties);
        this.json = json;
    }

    /** Time spent per phase of a recomputation's pages, summed over the workers (for the log). */
    static final class Phases {
        final AtomicLong factorsNanos = new AtomicLong();
        final AtomicLong storedNanos = new AtomicLong();
        final AtomicLong scoringNanos = new AtomicLong();
        final AtomicLong writeNanos = new AtomicLong();
        final AtomicLong unchanged = new AtomicLong();

        @Override
        public String toString() {
            return String.format("facts %d ms, stored scores %d ms, scoring %d ms, writes %d ms, %d rewritten as unchanged",
                    factorsNanos.get() / 1_000_000, storedNanos.get() / 1_000_000, scoringNanos.get() / 1_000_000,
                    writeNanos.get() / 1_000_000, unchanged.get());
        }
    }

    /**
     * Every party page by page: pages are listed in id order by this thread and scored and written
     * by {@code recompute-parallelism} workers, at most two pages per worker in flight. Returns
     * {scored, changed}.
     */
    long[] scoreAll(LocalDate asOf, OffsetDateTime at, NetworkState net, Set<String> restricted, Phases phases) {
        int workers = properties.recomputeParallelism();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Semaphore inFlight = new Semaphore(2 * workers);
        List<Future<long[]>> pages = new ArrayList<>();
        try {
            String after = "";
            while (true) {
                List<CreditQueries.PartyRef> page = queries.parties(after, properties.batchSize());
                if (page.isEmpty()) {
                    break;
                }
                List<String> ids = page.stream().map(CreditQueries.PartyRef::id).toList();
                inFlight.acquireUninterruptibly();
                pages.add(pool.submit(() -> {
                    try {
                        return rescore(ids, asOf, at, net, restricted::contains, phases);
                    } finally {
                        inFlight.release();
                    }
                }));
                after = ids.get(ids.size() - 1);
            }
            long[] totals = new long[2];
            for (Future<long[]> f : pages) {
                long[] counts = f.get();
                totals[0] += counts[0];
                totals[1] += counts[1];
            }
            return totals;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recomputation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Scores and stores a batch; returns {scored, changed}. A party whose stored score, factors,
     * network and flags are all the same gets only its day and time updated. A member of a resolved
     * entity is scored on the facts of every member ({@link EntityFacts}), read in the batch's one
     * facts query.
     */
    long[] rescore(List<String> ids, LocalDate asOf, OffsetDateTime at, NetworkState net, Predicate<String> restricted,
            Phases phases) {
        long t0 = System.nanoTime();
        Map<String, PartyFacts> own = queries.facts(net.entities().withMembers(ids), asOf);
        Map<String, PartyFacts> facts = entityFacts(ids, own, net.entities());
        long t1 = System.nanoTime();
        Map<String, CreditQueries.Stored> stored = queries.stored(facts.keySet());
        long t2 = System.nanoTime();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> unchanged = new ArrayList<>();
        long changed = 0;
        for (PartyFacts f : facts.values()) {
            Network n = net.networks().getOrDefault(f.id(), Network.NONE);
            ScoringModel.Result r = model.score(f, asOf, n);
            String type = own.get(f.id()).type();
            String networkJson = json.write(n);
            String factorsJson = json.write(r.factors());
            String exposuresJson = json.exposuresJson(net.exposures().get(f.id()));
            boolean isRestricted = restricted.test(f.id());
            CreditQueries.Stored old = stored.get(f.id());
            boolean isChanged = old == null || old.score() != r.score() || !old.grade().equals(r.grade())
                    || old.network() != r.network() || !Objects.equals(old.networkJson(), networkJson);
            changed += isChanged ? 1 : 0;
            if (!isChanged && Objects.equals(old.entityType(), type) && old.base() == r.base()
                    && old.factors().equals(factorsJson) && old.blacklisted() == r.blacklisted()
                    && old.hasRecords() == r.hasRecords() && Double.compare(old.exposure(), n.exposure()) == 0
                    && Objects.equals(old.exposures(), exposuresJson) && old.restricted() == isRestricted) {
                unchanged.add(Map.of("entityId", f.id()));
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("entityId", f.id());
            row.put("entityType", type);
            row.put("score", r.score());
            row.put("grade", r.grade());
            row.put("base", r.base());
            row.put("factors", factorsJson);
            row.put("asOf", asOf);
            row.put("computedAt", at);
            row.put("blacklisted", r.blacklisted());
            row.put("hasRecords", r.hasRecords());
            row.put("network", r.network());
            row.put("networkJson", networkJson);
            row.put("exposure", n.exposure());
            row.put("exposures", exposuresJson);
            row.put("restricted", isRestricted);
            row.put("changed", isChanged);
            rows.add(row);
        }
        long t3 = System.nanoTime();
        // the rewritten scores are what checks read; the unchanged ones move only their day and time
        List<String> rewritten = rows.stream().map(r -> (String) r.get("entityId")).toList();
        try (var change = checkModel.begin(ReadModelRefresher.Touched.keys(rewritten))) {
            queries.writeScores(rows, unchanged, asOf, at);
        }
        long t4 = System.nanoTime();
        if (phases != null) {
            phases.factorsNanos.addAndGet(t1 - t0);
            phases.storedNanos.addAndGet(t2 - t1);
            phases.scoringNanos.addAndGet(t3 - t2);
            phases.writeNanos.addAndGet(t4 - t3);
            phases.unchanged.addAndGet(unchanged.size());
        }
        return new long[] {rows.size() + unchanged.size(), changed};
    }

    /** The facts each of {@code ids} is scored on: its resolved entity's, from the members' own. */
    static Map<String, PartyFacts> entityFacts(List<String> ids, Map<String, PartyFacts> own, ResolvedEntities entities) {
        Map<String, PartyFacts> out = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            if (!own.containsKey(id)) {
                continue;
            }
            List<PartyFacts> members = entities.members(id).stream().map(own::get).filter(Objects::nonNull).toList();
            out.put(id, EntityFacts.of(id, members));
        }
        return out;
    }
}
