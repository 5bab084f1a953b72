package io.credlink.fraud.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.fraud.AlertKind;
import io.credlink.fraud.AlertNotFound;
import io.credlink.fraud.AlertQuery;
import io.credlink.fraud.AlertView;
import io.credlink.fraud.AssignmentRequest;
import io.credlink.fraud.CaseItemKind;
import io.credlink.fraud.CaseItemRequest;
import io.credlink.fraud.CaseLinkRequest;
import io.credlink.fraud.CaseRequest;
import io.credlink.fraud.CaseStatus;
import io.credlink.fraud.CaseView;
import io.credlink.fraud.ClaimScoreQuery;
import io.credlink.fraud.ClaimScoreView;
import io.credlink.fraud.ClosureRequest;
import io.credlink.fraud.FraudPage;
import io.credlink.fraud.FraudProperties;
import io.credlink.fraud.FraudScanCompleted;
import io.credlink.fraud.FraudService;
import io.credlink.fraud.NoteRequest;
import io.credlink.fraud.RepeatClaimPairView;
import io.credlink.fraud.RingView;
import io.credlink.fraud.ScanInProgress;
import io.credlink.fraud.ScanRecordView;
import io.credlink.fraud.ScanView;
import io.credlink.fraud.SanctionProposalView;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.SanctionService;

/** Scans, alerts, rings and claim scores; cases are delegated to {@link Cases}. */
@Service
class DefaultFraudService implements FraudService {

    private static final Logger log = LoggerFactory.getLogger(DefaultFraudService.class);
    private static final DateTimeFormatter SCAN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");
    private static final int ALERT_BATCH = 500;

    private final FraudQueries queries;
    private final Detectors detectors;
    private final RingDetector rings;
    private final Cases cases;
    private final FraudProperties props;
    private final ApplicationEventPublisher events;
    private final SanctionService sanctions;
    private final TransactionTemplate transactions;
    private final ReentrantLock scanning = new ReentrantLock();
    private String lastScanId;

    DefaultFraudService(FraudQueries queries, Detectors detectors, RingDetector rings, Cases cases,
                        FraudProperties props, ApplicationEventPublisher events, SanctionService sanctions,
                        TransactionTemplate transactions) {
        this.sanctions = sanctions;
        this.transactions = transactions;
        this.queries = queries;
        this.detectors = detectors;
        this.rings = rings;
        this.cases = cases;
        this.props = props;
        this.events = events;
    }

    @Override
    public ScanView scan() {
        if (!scanning.tryLock()) {
            throw new ScanInProgress();
        }
        try {
            return runScan();
        } finally {
            scanning.unlock();
        }
    }

    private ScanView runScan() {
        long t0 = System.nanoTime();
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        String scanId = "FS-" + SCAN_ID.format(started);
        if (scanId.equals(lastScanId)) {
            scanId = scanId + "-" + System.nanoTime() % 1000;
        }
        Market market = market(started.toLocalDate());
        LocalDate asOf = market.asOf();
        Detection detection = detectAll(scanId, asOf, market.rate(), props.resolveEntities());
        List<Alert> alerts = detection.alerts();
        ClaimGraph claimGraph = detection.claimGraph();
        String sid = scanId;

        Set<String> suppressed = new HashSet<>();
        for (Record r : queries.read("findSuppressedAlertIds", Map.of())) {
            suppressed.add(r.get("id").asString());
        }
        ScanSteps.timed("ALERT_WRITES", () -> storeAlerts(alerts, sid, started));
        Map<AlertKind, Long> counts = new EnumMap<>(AlertKind.class);
        for (AlertKind k : AlertKind.values()) {
            counts.put(k, 0L);
        }
        List<Alert> active = new ArrayList<>();
        for (Alert a : alerts) {
            if (!suppressed.contains(a.id())) {
                counts.merge(a.kind(), 1L, Long::sum);
                active.add(a);
            }
        }
        long scored = timed("CLAIM_SCORES", () -> scoreClaims(sid, claimGraph, active, asOf));
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        OffsetDateTime finished = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> scan = new HashMap<>();
        scan.put("id", scanId);
        scan.put("startedAt", started);
        scan.put("finishedAt", finished);
        scan.put("tookMs", tookMs);
        scan.put("counts", Json.write(counts));
        scan.put("referenceDate", asOf);
        // the scan's record and its event's publication commit together: a crash before leaves the
        // scan unrecorded, and the next scan counts its alerts as new (fraud/mergeAlerts); after,
        // the stored publication is heard at the next start
        FraudScanCompleted completed = new FraudScanCompleted(scanId, Map.copyOf(counts), scored, finished);
        transactions.executeWithoutResult(status -> {
            queries.writeInTransaction("createScan", Map.of("scan", scan));
            events.publishEvent(completed);
        });
        lastScanId = scanId;
        log.info("fraud scan {}: {} in {} ms", scanId, counts, tookMs);
        return new ScanView(scanId, counts, tookMs);
    }

    /** What the detectors found, and the claim graph the claim scores use. */
    private record Detection(List<Alert> alerts, ClaimGraph claimGraph) {
    }

    /** Every detector over the whole graph; nothing is stored. */
    private Detection detectAll(String scanId, LocalDate asOf, double marketRate, boolean resolveEntities) {
        // the detectors and the claim graph's load are independent reads: run them side by side
        ExecutorService pool = Executors.newFixedThreadPool(props.scanParallelism());
        List<Alert> alerts = new ArrayList<>();
        ClaimGraph claimGraph;
        try {
            List<Future<List<Alert>>> found = new ArrayList<>();
            // RING links parties through the claim graph's claims, so it follows the load in one task
            CompletableFuture<ClaimGraph> graph = new CompletableFuture<>();
            found.add(pool.submit(() -> {
                ClaimGraph g;
                try {
                    g = timed("CLAIM_GRAPH", this::loadClaimGraph);
                    graph.complete(g);
                } catch (RuntimeException e) {
                    graph.completeExceptionally(e);
                    throw e;
                }
                return timed("RING", () -> rings.rings(scanId, asOf, marketRate, g, resolveEntities));
            }));
            // FAKE_POLICY and FICTITIOUS_BUSINESS share one pass over the policies
            found.add(pool.submit(() -> {
                Detectors.PolicyAlerts policies = timed("FAKE_POLICY+FICTITIOUS_BUSINESS", detectors::policyAlerts);
                List<Alert> both = new ArrayList<>(policies.fakePolicies());
                both.addAll(policies.fictitiousBusiness());
                return both;
            }));
            found.add(pool.submit(() -> timed("REPEAT_CLAIM", () -> detectors.repeatClaims(resolveEntities))));
            found.add(pool.submit(() -> timed("INSURE_AFTER_LOSS", () -> detectors.insureAfterLoss(resolveEntities))));
            for (Future<List<Alert>> f : found) {
                alerts.addAll(result(f));
            }
            claimGraph = result(graph);
        } finally {
            pool.shutdownNow();
        }
        alerts.sort(java.util.Comparator.comparing((Alert a) -> a.kind()).thenComparing(Alert::id));
        return new Detection(alerts, claimGraph);
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> step) {
        return ScanSteps.timed(what, step);
    }

    private void storeAlerts(List<Alert> alerts, String scanId, OffsetDateTime now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Alert a : alerts) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", a.id());
            row.put("kind", a.kind().name());
            row.put("score", a.score());
            row.put("entityIds", a.entityIds());
            row.put("memberIds", a.memberIds());
            row.put("claimIds", a.claimIds());
            row.put("evidence", Json.write(a.evidence()));
            rows.add(row);
            if (rows.size() == ALERT_BATCH) {
                queries.write("mergeAlerts", Map.of("scanId", scanId, "now", now, "alerts", rows));
                rows = new ArrayList<>();
            }
        }
        if (!rows.isEmpty()) {
            queries.write("mergeAlerts", Map.of("scanId", scanId, "now", now, "alerts", rows));
        }
    }

    /** Scores every claim and writes the scores in batches; returns how many were written. */
    private ClaimGraph loadClaimGraph() {
        ClaimGraph g = new ClaimGraph();
        queries.stream("streamClaimGraph", Map.of(), r -> g.addClaim(r.get("claimId").asString(),
                r.get("policyId").asString(null), "FRAUD".equals(r.get("status").asString(null)),
                r.get("incidentDate").isNull() ? null : r.get("incidentDate").asLocalDate(),
                FraudQueries.strings(r.get("people")), FraudQueries.strings(r.get("filers")),
                FraudQueries.strings(r.get("professionals"))));
        return g;
    }

    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the fraud scan was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private long scoreClaims(String scanId, ClaimGraph g, List<Alert> alerts, LocalDate asOf) {
        Map<String, Integer> claimIndex = new HashMap<>();
        Map<String, List<Integer>> claimsByPolicy = new HashMap<>();
        for (int i = 0; i < g.claims(); i++) {
            claimIndex.put(g.claimIds.get(i), i);
            if (g.policyIds.get(i) != null) {
                claimsByPolicy.computeIfAbsent(g.policyIds.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Map<String, Double>> hits = new HashMap<>();
        for (Alert a : alerts) {
            Set<Integer> named = new HashSet<>();
            for (String id : a.entityIds()) {
                Integer i = claimIndex.get(id);
                if (i != null) {
                    named.add(i);
                }
                List<Integer> onPolicy = claimsByPolicy.get(id);
                if (onPolicy != null && (a.kind() == AlertKind.FAKE_POLICY || a.kind() == AlertKind.FICTITIOUS_BUSINESS)) {
                    named.addAll(onPolicy);
                }
            }
            for (int i : named) {
                hits.computeIfAbsent(i, k -> new HashMap<>()).merge(a.kind().name(), a.score(), Math::max);
            }
        }
        // parties blacklisted on the day, as the sanction module says (it owns "in force")
        List<String> sanctioned = sanctions.inForce(asOf, null).stream().filter(InForceSanction::blacklist)
                .map(InForceSanction::subjectId).distinct().sorted().toList();
        List<ClaimScorer.Scored> scores = timed("CLAIM_SCORES.birank",
                () -> new ClaimScorer(props.scores()).score(g, hits, sanctioned, asOf));
        long writeStart = System.nanoTime();
        int batch = props.scores().batchSize();
        List<Map<String, Object>> rows = new ArrayList<>(batch);
        for (ClaimScorer.Scored s : scores) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", s.claimId());
            row.put("score", s.score());
            row.put("factors", s.factors().isEmpty() ? null : Json.write(s.factors()));
            rows.add(row);
            if (rows.size() == batch) {
                queries.write("writeClaimScores", Map.of("scanId", scanId, "rows", rows));
                rows = new ArrayList<>(batch);
            }
        }
        if (!rows.isEmpty()) {
            queries.write("writeClaimScores", Map.of("scanId", scanId, "rows", rows));
        }
        log.info("fraud scan step CLAIM_SCORES.writes took {} ms", (System.nanoTime() - writeStart) / 1_000_000);
        return scores.size();
    }

    // ------------------------------------------------------------------ reads

    private String latestScanId() {
        List<Record> latest = queries.read("findLatestScan", Map.of());
        return latest.isEmpty() ? null : latest.get(0).get("id").asString();
    }

    @Override
    public List<AlertView> detect(boolean resolveEntities) {
        Market market = market(LocalDate.now(ZoneOffset.UTC));
        List<AlertView> out = new ArrayList<>();
        for (Alert a : detectAll("detect-" + System.nanoTime(), market.asOf(), market.rate(), resolveEntities).alerts()) {
            out.add(new AlertView(a.id(), a.kind(), a.score(), a.entityIds(), a.evidence(), null, null, null, false));
        }
        return out;
    }

    /** The reference date (the latest incident, so results depend on the data only) and claims per consumer. */
    private record Market(LocalDate asOf, double rate) {
    }

    private Market market(LocalDate today) {
        Record market = queries.read("countMarket", Map.of()).get(0);
        long consumers = market.get("consumers").asLong();
        long claimCount = market.get("claims").asLong();
        LocalDate asOf = market.get("latestIncident").isNull() ? today : market.get("latestIncident").asLocalDate();
        return new Market(asOf, consumers == 0 ? 0 : (double) claimCount / consumers);
    }

    @Override
    public FraudPage<AlertView> alerts(AlertQuery q) {
        return page(q, DefaultFraudService::alertView);
    }

    private <T> FraudPage<T> page(AlertQuery q, java.util.function.Function<Record, T> map) {
        String scanId = latestScanId();
        if (scanId == null) {
            return new FraudPage<>(List.of(), q.page(), q.size(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("scanId", scanId);
        params.put("kind", q.kind() == null ? null : q.kind().name());
        params.put("minScore", q.minScore());
        long total = queries.read("countAlerts", params).get(0).get("total").asLong();
        params.put("skip", (long) q.page() * q.size());
        params.put("limit", q.size());
        List<T> items = queries.read("listAlerts", params).stream().map(map).toList();
        return new FraudPage<>(items, q.page(), q.size(), total);
    }

    @Override
    public AlertView alert(String id) {
        return queries.read("findAlert", Map.of("id", id)).stream().findFirst().map(DefaultFraudService::alertView)
                .orElseThrow(() -> new AlertNotFound(id));
    }

    @Override
    public FraudPage<RingView> rings(double minScore, int page, int size) {
        return page(new AlertQuery(AlertKind.RING, minScore, page, size), r -> new RingView(r.get("id").asString(),
                r.get("score").asDouble(), FraudQueries.strings(r.get("memberIds")),
                FraudQueries.strings(r.get("claimIds")), Json.readMap(r.get("evidence").asString(null))));
    }

    private static AlertView alertView(Record r) {
        return new AlertView(r.get("id").asString(), AlertKind.valueOf(r.get("kind").asString()),
                r.get("score").asDouble(), FraudQueries.strings(r.get("entityIds")),
                Json.readMap(r.get("evidence").asString(null)), dateTime(r.get("firstSeen")), dateTime(r.get("lastSeen")),
                r.get("scanId").asString(null), r.get("suppressed").asBoolean(false));
    }

    private static OffsetDateTime dateTime(Value v) {
        return v == null || v.isNull() ? null : v.asOffsetDateTime();
    }

    @Override
    public FraudPage<RepeatClaimPairView> repeatClaimPairs(int page, int size) {
        // the pairs come from one set-based pass over every claim: a page is a slice of it
        List<Record> pairs = detectors.repeatClaimPairs(props.resolveEntities());
        int from = (int) Math.min((long) page * size, pairs.size());
        List<RepeatClaimPairView> items = new ArrayList<>();
        for (Record p : pairs.subList(from, Math.min(from + size, pairs.size()))) {
            items.add(new RepeatClaimPairView(List.of(p.get("firstId").asString(), p.get("secondId").asString()),
                    p.get("rule").asString(), p.get("value").asString(), p.get("daysApart").asInt(),
                    p.get("resolvedId").asString(null)));
        }
        return new FraudPage<>(items, page, size, pairs.size());
    }

    @Override
    public FraudPage<ScanRecordView> scans(int page, int size) {
        long total = queries.read("countScans", Map.of()).get(0).get("total").asLong();
        List<ScanRecordView> items = new ArrayList<>();
        for (Record r : queries.read("listScans", Map.of("skip", (long) page * size, "limit", size))) {
            Map<AlertKind, Long> alerts = new EnumMap<>(AlertKind.class);
            for (AlertKind k : AlertKind.values()) {
                alerts.put(k, 0L);
            }
            Json.readMap(r.get("counts").asString(null))
                    .forEach((kind, n) -> alerts.put(AlertKind.valueOf(kind), ((Number) n).longValue()));
            items.add(new ScanRecordView(r.get("id").asString(), r.get("finishedAt").asOffsetDateTime(),
                    r.get("referenceDate").isNull() ? null : r.get("referenceDate").asLocalDate(), alerts,
                    r.get("tookMs").asLong()));
        }
        return new FraudPage<>(items, page, size, total);
    }

    @Override
    public FraudPage<ClaimScoreView> claimScores(ClaimScoreQuery query) {
        int page = query.page();
        int size = query.size();
        Map<String, Object> filters = new HashMap<>();
        filters.put("minScore", query.minScore());
        filters.put("factor", query.kind() == null ? null : "DETECTOR_" + query.kind().name());
        filters.put("insurerId", query.insurerId() == null || query.insurerId().isBlank() ? null : query.insurerId());
        long total = queries.read("countClaimScores", filters).get(0).get("total").asLong();
        List<ClaimScoreView> items = new ArrayList<>();
        Map<String, Object> paged = new HashMap<>(filters);
        paged.put("skip", (long) page * size);
        paged.put("limit", size);
        for (Record r : queries.read("listClaimScores", paged)) {
            List<ClaimScoreView.Factor> factors = new ArrayList<>();
            for (Map<String, Object> f : Json.readList(r.get("factors").asString(null))) {
                factors.add(new ClaimScoreView.Factor(String.valueOf(f.get("name")),
                        ((Number) f.get("contribution")).doubleValue()));
            }
            items.add(new ClaimScoreView(r.get("claimId").asString(), r.get("score").asDouble(), factors,
                    r.get("scanId").asString(null), r.get("insurerId").asString(null)));
        }
        return new FraudPage<>(items, page, size, total);
    }

    // ------------------------------------------------------------------ cases

    @Override
    public CaseView openCase(CaseRequest request, String actor) {
        return cases.open(request, actor);
    }

    @Override
    public CaseView findCase(String id) {
        return cases.find(id);
    }

    @Override
    public FraudPage<CaseView> cases(CaseStatus status, int page, int size) {
        return cases.list(status, page, size);
    }

    @Override
    public CaseView assign(String id, AssignmentRequest request, String actor) {
        return cases.assign(id, request);
    }

    @Override
    public CaseView addNote(String id, NoteRequest request, String actor) {
        return cases.addNote(id, request, actor);
    }

    @Override
    public CaseView link(String id, CaseLinkRequest request, String actor) {
        return cases.link(id, request);
    }

    @Override
    public CaseView attach(String id, CaseItemRequest request, String actor) {
        return cases.attach(id, request, actor);
    }

    @Override
    public CaseView detach(String id, CaseItemKind kind, String itemId, String actor) {
        return cases.detach(id, kind, itemId, actor);
    }

    @Override
    public CaseView close(String id, ClosureRequest request, String actor) {
        return cases.close(id, request, actor);
    }

    @Override
    public SanctionProposalView sanctionProposal(String id) {
        return cases.sanctionProposal(id);
    }
}
