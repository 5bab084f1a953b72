package io.credlink.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CounterpartyCheckView;
import io.credlink.credit.CounterpartyCheckView.ActiveSanction;
import io.credlink.credit.CounterpartyCheckView.Exposure;
import io.credlink.credit.CreditProperties;
import io.credlink.credit.CreditService;
import io.credlink.credit.GradeSummaryView;
import io.credlink.credit.InvalidCheckRequest;
import io.credlink.credit.RecomputationView;
import io.credlink.credit.ScoreHistoryView;
import io.credlink.credit.ScoreView;
import io.credlink.credit.ScoredPartyNotFound;
import io.credlink.credit.GradesChanged;
import io.credlink.credit.ScoresRecomputed;
import io.credlink.sanction.PartyNotFound;
import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.SanctionService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credit facade. Recomputations (serialised by one lock) gather facts per batch of parties,
 * propagate network exposure once, score with {@link ScoringModel} and store current scores and,
 * when a score changed, a history entry. Reads use the stored scores; a score for another day
 * recomputes only the own-record part (see docs/credit-model.md, "asOf").
 */
@Service
class DefaultCreditService implements CreditService {

    private static final Logger log = LoggerFactory.getLogger(DefaultCreditService.class);
    private static final TypeReference<List<ScoreView.Factor>> FACTORS = new TypeReference<>() {
    };
    private static final TypeReference<List<Exposure>> EXPOSURES = new TypeReference<>() {
    };
    private static final int HISTORY_LIMIT = 1000;
    private static final int STRONGEST = 3;

    private final CreditQueries queries;
    private final CheckReadModel readModel;
    private final CreditProperties properties;
    private final SanctionService sanctions;
    private final ApplicationEventPublisher events;
    private final ScoringModel model;
    private final NetworkPropagation propagation;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectReader exposureReader = json.readerFor(EXPOSURES);
    private final ReentrantLock recomputing = new ReentrantLock();
    /** Grade changes of the running recomputation (its workers add, it publishes them at the end). */
    private final java.util.Queue<GradesChanged.Change> gradeChanges = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final LinkWatch links;
    /**
     * What the stored network parts were last computed from (null: not known, or a recomputation
     * failed or is running): the day, the link changes counted before, and the risk sources.
     */
    private volatile NetworkBasis basis;
    /** How the last incremental recomputation came by its network part (for its log line and tests). */
    private volatile String lastNetwork;
    /** Parties that sanctions in force on a day (and not on the last full recomputation's day) restrict. */
    private final Map<LocalDate, Set<String>> newlyRestricted = new ConcurrentHashMap<>();

    DefaultCreditService(CreditQueries queries, CheckReadModel readModel, CreditProperties properties,
            SanctionService sanctions, ApplicationEventPublisher events, LinkWatch links) {
        this.queries = queries;
        this.links = links;
        this.readModel = readModel;
        this.properties = properties;
        this.sanctions = sanctions;
        this.events = events;
        this.model = new ScoringModel(properties);
        this.propagation = new NetworkPropagation(properties.network());
    }

    // ---------------------------------------------------------------- reads

    @Override
    public ScoreView score(String entityId, LocalDate asOf) {
        CreditQueries.Stored stored = queries.stored(List.of(entityId)).get(entityId);
        if (stored != null && (asOf == null || asOf.equals(stored.asOf()))) {
            return new ScoreView(stored.entityId(), stored.entityType(), stored.score(), stored.grade(), stored.base(),
                    factors(stored.factors()), stored.asOf(), stored.blacklisted(), stored.computedAt());
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        PartyFacts facts = queries.facts(List.of(entityId), day).get(entityId);
        if (facts == null) {
            throw new ScoredPartyNotFound(entityId);
        }
        Optional<CreditQueries.StoredNetwork> network = queries.networkOn(entityId, day);
        Network n = network.map(s -> network(s.networkJson())).orElse(Network.NONE);
        ScoringModel.Result r = model.score(facts, day, n);
        return new ScoreView(r.entityId(), r.type(), r.score(), r.grade(), r.base(), r.factors(), day, r.blacklisted(),
                network.map(CreditQueries.StoredNetwork::computedAt).orElse(null));
    }

    @Override
    public ScoreHistoryView history(String entityId) {
        List<CreditQueries.HistoryRow> rows = queries.history(entityId, HISTORY_LIMIT);
        if (rows.isEmpty() && queries.facts(List.of(entityId), LocalDate.now()).isEmpty()) {
            throw new ScoredPartyNotFound(entityId);
        }
        return new ScoreHistoryView(entityId, rows.stream().map(h -> new ScoreHistoryView.Entry(h.asOf(), h.computedAt(),
                h.score(), h.grade(), h.network(), factors(h.factors()))).toList());
    }

    @Override
    public GradeSummaryView summary() {
        Map<String, Map<String, Long>> grades = queries.grades();
        List<GradeSummaryView.TypeSummary> types = new ArrayList<>();
        for (CreditQueries.Coverage c : queries.coverage()) {
            Map<String, Long> byGrade = new TreeMap<>();
            for (String g : List.of("A", "B", "C", "D")) {
                byGrade.put(g, grades.getOrDefault(c.type(), Map.of()).getOrDefault(g, 0L));
            }
            long scored = byGrade.values().stream().mapToLong(Long::longValue).sum();
            double coverage = c.parties() == 0 ? 0 : (double) c.withRecords() / c.parties();
            types.add(new GradeSummaryView.TypeSummary(c.type(), c.parties(), scored, byGrade, c.withRecords(), coverage));
        }
        OffsetDateTime last = queries.recomputations().values().stream().map(CreditQueries.Recomputation::computedAt)
                .max(Comparator.naturalOrder()).orElse(null);
        return new GradeSummaryView(last, types, List.of(0.80, 0.95));
    }

    // ---------------------------------------------------------------- recomputation

    @Override
    public RecomputationView recomputeAll(LocalDate asOf) {
        recomputing.lock();
        try {
            long t0 = System.nanoTime();
            OffsetDateTime at = now();
            basis = null;
            long linkCount = links.changes();
            List<NetworkPropagation.Seed> seeds = seeds(asOf);
            NetworkState net = network(seeds);
            long networkMs = ms(t0);
            Set<String> restricted = restricted(asOf, queries.inForceSanctions(asOf, null, null));
            long restrictedMs = ms(t0) - networkMs;
            Phases phases = new Phases();
            long[] totals = scoreAllPages(asOf, at, net, restricted, phases);
            long scored = totals[0];
            long changed = totals[1];
            queries.deleteOrphans();
            queries.recordRecomputation("FULL", asOf, at, scored, changed);
            basis = new NetworkBasis(asOf, linkCount, seeds);
            newlyRestricted.clear();
            RecomputationView view = new RecomputationView("FULL", asOf, at, scored, changed, net.seeds().size(), ms(t0));
            log.info("Credit scores recomputed (full) as of {}: {} scored, {} changed, {} risk sources in {} ms (network {} ms, "
                    + "restriction flags {} ms, {} parties restricted; pages summed over workers: {})", asOf, scored, changed,
                    net.seeds().size(), view.tookMs(), networkMs, restrictedMs, restricted.size(), phases);
            events.publishEvent(new ScoresRecomputed(view));
            publishGradeChanges(asOf);
            return view;
        } finally {
            recomputing.unlock();
        }
    }

    @Override
    public RecomputationView recomputeAround(Collection<String> changedIds, LocalDate asOf) {
        recomputing.lock();
        try {
            long t0 = System.nanoTime();
            OffsetDateTime at = now();
            NetworkBasis last = basis;
            basis = null;
            long linkCount = links.changes();
            List<NetworkPropagation.Seed> seeds = seeds(asOf);
            Set<String> added = restricted(asOf, changedIds.isEmpty() ? List.of()
                    : queries.inForceSanctions(asOf, null, changedIds));
            Set<String> candidates = new LinkedHashSet<>(changedIds);
            candidates.addAll(added);
            // The stored network parts hold while the links and the day are those they were
            // computed on: then the same risk sources give the same networks and exposures, and
            // the same blacklisted parties the same exposures.
            boolean sameLinks = last != null && links.enabled() && last.links() == linkCount && last.asOf().equals(asOf);
            NetworkState net;
            Map<String, CreditQueries.Stored> stored;
            String network;
            if (sameLinks && last.seeds().equals(seeds)) {
                network = "as stored";
                stored = queries.stored(candidates);
                net = new NetworkState(seeds, storedNetworks(stored), storedExposures(stored));
            } else if (sameLinks && blacklisted(last.seeds()).equals(blacklisted(seeds))) {
                network = "propagated, exposures as stored";
                Map<String, Network> networks = propagation.propagate(seeds, queries, STRONGEST);
                candidates.addAll(queries.networkTouched());
                candidates.addAll(networks.keySet());
                stored = queries.stored(candidates);
                net = new NetworkState(seeds, networks, storedExposures(stored));
            } else {
                network = "propagated, exposures walked";
                net = network(seeds);
                candidates.addAll(queries.networkTouched());
                candidates.addAll(net.networks().keySet());
                candidates.addAll(net.exposures().keySet());
                stored = queries.stored(candidates);
            }
            long networkMs = ms(t0);
            lastNetwork = network;
            Set<String> affected = new LinkedHashSet<>(changedIds);
            for (String id : candidates) {
                CreditQueries.Stored old = stored.get(id);
                if (old == null || !Objects.equals(old.networkJson(), json(net.networks().getOrDefault(id, Network.NONE)))
                        || !Objects.equals(old.exposures(), exposuresJson(net.exposures().get(id)))
                        || (added.contains(id) && !old.restricted())) {
                    affected.add(id);
                }
            }
            long scored = 0;
            long changed = 0;
            List<String> all = new ArrayList<>(affected);
            for (int i = 0; i < all.size(); i += properties.batchSize()) {
                List<String> ids = all.subList(i, Math.min(all.size(), i + properties.batchSize()));
                Map<String, CreditQueries.Stored> before = stored;
                long[] counts = rescore(ids, asOf, at, net, id -> added.contains(id)
                        || (before.get(id) != null && before.get(id).restricted()), null);
                scored += counts[0];
                changed += counts[1];
            }
            queries.recordRecomputation("INCREMENTAL", asOf, at, scored, changed);
            basis = new NetworkBasis(asOf, linkCount, seeds);
            newlyRestricted.clear();
            RecomputationView view = new RecomputationView("INCREMENTAL", asOf, at, scored, changed, net.seeds().size(), ms(t0));
            log.info("Credit scores recomputed (incremental, {} changed ids) as of {}: {} scored, {} changed in {} ms "
                    + "(network {}: {} ms)", changedIds.size(), asOf, scored, changed, view.tookMs(), network, networkMs);
            events.publishEvent(new ScoresRecomputed(view));
            publishGradeChanges(asOf);
            return view;
        } finally {
            recomputing.unlock();
        }
    }

    /**
     * Every party page by page: pages are listed in id order by this thread and scored and written
     * by {@code recompute-parallelism} workers, at most two pages per worker in flight.
     */
    private long[] scoreAllPages(LocalDate asOf, OffsetDateTime at, NetworkState net, Set<String> restricted,
            Phases phases) {
        int workers = properties.recomputeParallelism();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(2 * workers);
        List<java.util.concurrent.Future<long[]>> pages = new ArrayList<>();
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
            for (java.util.concurrent.Future<long[]> f : pages) {
                long[] counts = f.get();
                totals[0] += counts[0];
                totals[1] += counts[1];
            }
            return totals;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recomputation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Time spent per phase of a recomputation's pages, summed over the workers (for the log). */
    static final class Phases {
        final java.util.concurrent.atomic.AtomicLong factorsNanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong storedNanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong scoringNanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong writeNanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong unchanged = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public String toString() {
            return String.format("facts %d ms, stored scores %d ms, scoring %d ms, writes %d ms, %d rewritten as unchanged",
                    factorsNanos.get() / 1_000_000, storedNanos.get() / 1_000_000, scoringNanos.get() / 1_000_000,
                    writeNanos.get() / 1_000_000, unchanged.get());
        }
    }

    /**
     * Scores and stores a batch; returns {scored, changed}. A party whose stored score, factors,
     * network and flags are all the same gets only its day and time updated.
     */
    private void publishGradeChanges(LocalDate asOf) {
        List<GradesChanged.Change> changes = new ArrayList<>();
        for (GradesChanged.Change c; (c = gradeChanges.poll()) != null;) {
            changes.add(c);
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new GradesChanged(asOf, List.copyOf(changes)));
        }
    }

    private long[] rescore(List<String> ids, LocalDate asOf, OffsetDateTime at, NetworkState net,
            java.util.function.Predicate<String> restricted, Phases phases) {
        long t0 = System.nanoTime();
        Map<String, PartyFacts> facts = queries.facts(ids, asOf);
        long t1 = System.nanoTime();
        Map<String, CreditQueries.Stored> stored = queries.stored(facts.keySet());
        long t2 = System.nanoTime();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> unchanged = new ArrayList<>();
        long changed = 0;
        for (PartyFacts f : facts.values()) {
            Network n = net.networks().getOrDefault(f.id(), Network.NONE);
            ScoringModel.Result r = model.score(f, asOf, n);
            String networkJson = json(n);
            String factorsJson = json(r.factors());
            String exposuresJson = exposuresJson(net.exposures().get(f.id()));
            boolean isRestricted = restricted.test(f.id());
            CreditQueries.Stored old = stored.get(f.id());
            boolean isChanged = old == null || old.score() != r.score() || !old.grade().equals(r.grade())
                    || old.network() != r.network() || !Objects.equals(old.networkJson(), networkJson);
            changed += isChanged ? 1 : 0;
            if (old != null && !old.grade().equals(r.grade())) {
                gradeChanges.add(new GradesChanged.Change(f.id(), old.grade(), r.grade()));
            }
            if (!isChanged && Objects.equals(old.entityType(), f.type()) && old.base() == r.base()
                    && old.factors().equals(factorsJson) && old.blacklisted() == r.blacklisted()
                    && old.hasRecords() == r.hasRecords() && Double.compare(old.exposure(), n.exposure()) == 0
                    && Objects.equals(old.exposures(), exposuresJson) && old.restricted() == isRestricted) {
                unchanged.add(Map.of("entityId", f.id()));
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("entityId", f.id());
            row.put("entityType", f.type());
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
        queries.writeScores(rows, unchanged, asOf, at);
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

    /** The network part of a recomputation: seeds, propagated exposure, blacklisted parties near each party. */
    record NetworkState(List<NetworkPropagation.Seed> seeds, Map<String, Network> networks, Map<String, List<Exposure>> exposures) {
    }

    /** What a recomputation's network part was computed from (see {@link #basis}). */
    private record NetworkBasis(LocalDate asOf, long links, List<NetworkPropagation.Seed> seeds) {
    }

    NetworkState network(LocalDate asOf) {
        return network(seeds(asOf));
    }

    private NetworkState network(List<NetworkPropagation.Seed> seeds) {
        Map<String, Network> networks = propagation.propagate(seeds, queries, STRONGEST);
        return new NetworkState(seeds, networks, exposures(blacklisted(seeds)));
    }

    /** The risk sources on {@code asOf} with their masses, by id. */
    private List<NetworkPropagation.Seed> seeds(LocalDate asOf) {
        CreditProperties.Network p = properties.network();
        Map<String, NetworkPropagation.Seed> seeds = new TreeMap<>();
        for (CreditQueries.RiskRow row : queries.riskSources(asOf)) {
            double mass = switch (row.reason()) {
                case "BLACKLISTED" -> p.blacklistWeight();
                case "SANCTIONED" -> p.sanctionWeight() * Math.max(1, Math.min(5, row.severity() == null ? 1 : row.severity())) / 5.0;
                default -> p.fraudWeight() * model.decay(row.since(), asOf);
            };
            seeds.merge(row.id(), new NetworkPropagation.Seed(row.id(), mass, row.reason()),
                    (a, b) -> a.mass() >= b.mass() ? a : b);
        }
        return List.copyOf(seeds.values());
    }

    /** How the last incremental recomputation came by its network part: as stored, or propagated (and how). */
    String lastNetwork() {
        return lastNetwork;
    }

    private static List<String> blacklisted(List<NetworkPropagation.Seed> seeds) {
        return seeds.stream().filter(s -> s.reason().equals("BLACKLISTED")).map(NetworkPropagation.Seed::id).toList();
    }

    /** The stored network parts of these parties, as a propagation would give them. */
    private Map<String, Network> storedNetworks(Map<String, CreditQueries.Stored> stored) {
        Map<String, Network> out = new HashMap<>();
        stored.forEach((id, s) -> {
            Network n = network(s.networkJson());
            if (!n.equals(Network.NONE)) {
                out.put(id, n);
            }
        });
        return out;
    }

    /** The stored exposures of these parties, as the exposure walk would give them. */
    private Map<String, List<Exposure>> storedExposures(Map<String, CreditQueries.Stored> stored) {
        Map<String, List<Exposure>> out = new HashMap<>();
        stored.forEach((id, s) -> {
            if (s.exposures() != null && !s.exposures().equals("[]")) {
                out.put(id, exposureReader.readValue(s.exposures()));
            }
        });
        return out;
    }

    /** Frontier nodes whose neighbours one exposure step loads at once (bounds the memory of a hop). */
    private static final int EXPOSURE_CHUNK = 20_000;

    /**
     * Blacklisted parties within {@code exposureHops} of every party, breadth first, with the path
     * from the party. Memory stays bounded on hubs (a blacklisted insurer reaches most of its
     * policyholders in two hops): the neighbours of a hop are loaded a chunk of nodes at a time, the
     * last hop keeps no frontier, and each party keeps only the exposures that can still be among
     * its {@code maxExposures} nearest.
     */
    private Map<String, List<Exposure>> exposures(List<String> blacklisted) {
        CreditProperties.Network p = properties.network();
        Map<String, List<Exposure>> out = new HashMap<>();
        record Walk(String source, String node, List<String> path) {
        }
        Map<String, Set<String>> visited = new HashMap<>();
        List<Walk> frontier = new ArrayList<>();
        for (String b : blacklisted) {
            frontier.add(new Walk(b, b, List.of(b)));
            visited.computeIfAbsent(b, k -> new HashSet<>()).add(b);
        }
        Comparator<Exposure> nearest = Comparator.comparingInt(Exposure::hops).thenComparing(Exposure::entityId);
        for (int hop = 1; hop <= p.exposureHops() && !frontier.isEmpty(); hop++) {
            boolean last = hop == p.exposureHops();
            Map<String, List<Walk>> byNode = new java.util.LinkedHashMap<>();
            frontier.forEach(w -> byNode.computeIfAbsent(w.node(), k -> new ArrayList<>()).add(w));
            frontier = null; // the walks live on in byNode only while their chunk is expanded
            List<String> nodes = new ArrayList<>(byNode.keySet());
            List<Walk> next = new ArrayList<>();
            for (int from = 0; from < nodes.size(); from += EXPOSURE_CHUNK) {
                List<String> chunk = nodes.subList(from, Math.min(nodes.size(), from + EXPOSURE_CHUNK));
                Map<String, List<NetworkPropagation.Neighbour>> links = queries.neighbours(chunk);
                for (String node : chunk) {
                    for (Walk w : byNode.remove(node)) {
                        Set<String> seen = visited.get(w.source());
                        for (NetworkPropagation.Neighbour n : links.getOrDefault(node, List.of())) {
                            if (seen.size() > p.sourceFanOut() || !seen.add(n.id())) {
                                continue;
                            }
                            List<String> path = new ArrayList<>(w.path().size() + 1);
                            path.addAll(w.path());
                            path.add(n.id());
                            if (!last) {
                                next.add(new Walk(w.source(), n.id(), path));
                            }
                            if (n.party()) {
                                addExposure(out, n.id(), w.source(), hop, path, p.maxExposures(), nearest);
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        out.replaceAll((k, v) -> v.stream().sorted(nearest).limit(p.maxExposures()).toList());
        return out;
    }

    /**
     * Adds one exposure of {@code party} unless it already has {@code max} nearer ones (all from
     * earlier hops); trims its list to the nearest {@code max} when it has grown to twice that.
     */
    private static void addExposure(Map<String, List<Exposure>> out, String party, String source, int hop,
            List<String> pathFromSource, int max, Comparator<Exposure> nearest) {
        List<Exposure> list = out.computeIfAbsent(party, k -> new ArrayList<>(2));
        if (list.size() >= max && list.get(max - 1).hops() < hop) {
            return;
        }
        List<String> fromParty = new ArrayList<>(pathFromSource);
        java.util.Collections.reverse(fromParty);
        list.add(new Exposure(source, hop, List.copyOf(fromParty)));
        if (list.size() >= 2 * max) {
            list.sort(nearest);
            list.subList(max, list.size()).clear();
        }
    }

    /** The parties the propagation of these sanctions reaches on {@code asOf}. */
    private Set<String> restricted(LocalDate asOf, List<String> sanctionIds) {
        Set<String> out = new HashSet<>();
        for (String id : sanctionIds) {
            sanctions.propagation(id, asOf).affected().forEach(a -> out.add(a.entityId()));
        }
        return out;
    }

    // ---------------------------------------------------------------- counterparty checks

    @Override
    public CounterpartyCheckView check(CounterpartyCheckRequest request) {
        List<String> ids = request == null ? null : request.ids();
        if (ids == null || ids.isEmpty()) {
            throw new InvalidCheckRequest("ids must name 1 to " + properties.maxCheckIds() + " parties");
        }
        if (ids.size() > properties.maxCheckIds()) {
            throw new InvalidCheckRequest("at most " + properties.maxCheckIds() + " ids per check (got " + ids.size() + ")");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i).isBlank()) {
                throw new InvalidCheckRequest("ids[" + i + "] is blank");
            }
        }
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        Set<String> distinct = new LinkedHashSet<>(ids);
        Map<String, CreditQueries.CheckRow> fromModel = readModel.rows(distinct, asOf);
        Map<String, CreditQueries.CheckRow> rows = fromModel != null ? fromModel : queries.check(distinct, asOf);
        Set<String> extra = newlyRestricted.computeIfAbsent(asOf, day -> restricted(day, queries.inForceSanctions(day, lastFull(), null)));
        List<CounterpartyCheckView.Result> results = new ArrayList<>();
        Map<String, CounterpartyCheckView.Result> done = new HashMap<>();
        for (String id : ids) {
            CounterpartyCheckView.Result result = done.computeIfAbsent(id, k -> result(rows.get(k), extra, asOf));
            results.add(result);
        }
        return new CounterpartyCheckView(asOf, results);
    }

    private CounterpartyCheckView.Result result(CreditQueries.CheckRow row, Set<String> extra, LocalDate asOf) {
        if (row == null || !row.found()) {
            return new CounterpartyCheckView.Result(row == null ? null : row.id(), false, null, null, null, false, List.of(), List.of(),
                    List.of());
        }
        List<ActiveSanction> active = row.activeSanctions();
        boolean blacklisted = active.stream().anyMatch(ActiveSanction::blacklist);
        List<RestrictionsView.Restriction> restrictions = List.of();
        if (row.restricted() || extra.contains(row.id())) {
            try {
                restrictions = sanctions.restrictions(row.id(), asOf).restrictions();
            } catch (PartyNotFound gone) {
                restrictions = List.of();
            }
        }
        Integer score = row.score();
        String grade = row.grade();
        if (blacklisted) {
            score = score == null ? null : Math.min(score, properties.blacklistCap());
            grade = "D";
        }
        // most parties have none ("[]"); the others are read by a reader resolved once, not per check
        String stored = row.exposures();
        List<Exposure> exposures = stored == null || stored.equals("[]") ? List.of() : exposureReader.readValue(stored);
        return new CounterpartyCheckView.Result(row.id(), true, row.type(), score, grade, blacklisted, active, restrictions,
                exposures);
    }

    private LocalDate lastFull() {
        CreditQueries.Recomputation full = queries.recomputations().get("FULL");
        return full == null ? null : full.asOf();
    }

    /** Forgets what checks cached about sanctions that came into force (a sanction or the graph changed). */
    void forgetCachedRestrictions() {
        newlyRestricted.clear();
    }

    // ---------------------------------------------------------------- JSON of stored values

    private List<ScoreView.Factor> factors(String text) {
        return json.readValue(text, FACTORS);
    }

    private Network network(String text) {
        return text == null ? Network.NONE : json.readValue(text, Network.class);
    }

    private String exposuresJson(List<Exposure> exposures) {
        return json(exposures == null ? List.of() : exposures);
    }

    private String json(Object value) {
        return json.writeValueAsString(value);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
