package io.credlink.resolution.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

import io.credlink.registry.EntityNotFound;
import io.credlink.registry.InvalidQueryParameter;
import io.credlink.registry.SameAsLink;
import io.credlink.resolution.Decision;
import io.credlink.resolution.DecisionConflict;
import io.credlink.resolution.DecisionPage;
import io.credlink.resolution.DecisionRequest;
import io.credlink.resolution.DecisionView;
import io.credlink.resolution.EvidenceView;
import io.credlink.resolution.LinkDecision;
import io.credlink.resolution.MatchView;
import io.credlink.resolution.MatchesView;
import io.credlink.resolution.RecordedDecision;
import io.credlink.resolution.ReviewPage;
import io.credlink.resolution.ReviewView;
import io.credlink.resolution.ResolutionCompleted;
import io.credlink.resolution.ResolutionProperties;
import io.credlink.resolution.ResolutionService;
import io.credlink.resolution.ResolvedEntityNotFound;
import io.credlink.resolution.ResolvedView;
import io.credlink.resolution.RunView;
import io.credlink.access.CurrentUser;
import io.credlink.access.EntityVisibility;
import io.credlink.access.InvalidInput;
import io.credlink.access.Role;
import io.credlink.access.UserService;

/**
 * The resolution facade. A run streams every party once, resolves in memory ({@link Resolver})
 * and writes back only the links and resolved ids that changed, in UNWIND batches. Runs and
 * decisions are serialised (one lock): a decision re-clusters only the two resolved entities it
 * touches.
 */
@Service
class DefaultResolutionService implements ResolutionService {

    private static final Logger log = LoggerFactory.getLogger(DefaultResolutionService.class);
    static final int MAX_PAGE_SIZE = 200;

    private final ResolutionQueries queries;
    private final ResolutionProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final UserService users;
    private final EntityVisibility visibility;
    private final ReentrantLock lock = new ReentrantLock();
    /** The models of the last run, for scoring a decided pair that no run scored; defaults before. */
    private volatile FellegiSunter personModel = FellegiSunter.defaults();
    private volatile FellegiSunter firmModel = FellegiSunter.defaults();
    /** Every party as of the last run (null before one in this process): what an incremental run resolves against. */
    private PartySnapshot snapshot;

    DefaultResolutionService(ResolutionQueries queries, ResolutionProperties properties,
            ApplicationEventPublisher events, TransactionTemplate transactions, UserService users,
            EntityVisibility visibility) {
        this.transactions = transactions;
        this.queries = queries;
        this.properties = properties;
        this.events = events;
        this.users = users;
        this.visibility = visibility;
    }

    @Override
    public RunView run() {
        return run("FULL");
    }

    @Override
    public RunView runAfterImport() {
        return run("IMPORT");
    }

    @Override
    public RunView runAfterImport(List<String> touchedPartyIds) {
        lock.lock();
        try {
            if (snapshot != null) {
                // parties removed or written behind the snapshot's back (a restore, a test's clean-up): start again
                long fresh = touchedPartyIds.stream().filter(id -> snapshot.indexOf(id) == null).count();
                if (queries.countParties() != snapshot.size() + fresh) {
                    snapshot = null;
                }
            }
            if (snapshot == null) {
                snapshot = loadSnapshot();
            }
            // an import that rewrites a large share of the graph is cheaper to resolve in full (and re-estimates the models)
            if (touchedPartyIds.size() > snapshot.size() / 5) {
                return run("IMPORT");
            }
            return incremental(touchedPartyIds);
        } finally {
            lock.unlock();
        }
    }

    /** Every party as stored, standardised, with its stored resolved id (a process's first incremental run). */
    private PartySnapshot loadSnapshot() {
        List<ResolutionQueries.Stored> stored = new ArrayList<>();
        queries.streamParties(stored::add);
        stored.sort(java.util.Comparator.comparing(s -> s.party().id()));
        StandardParty[] parties = new StandardParty[stored.size()];
        String[] resolvedIds = new String[stored.size()];
        IntStream.range(0, parties.length).parallel().forEach(i -> {
            parties[i] = StandardParty.of(stored.get(i).party());
            String r = stored.get(i).resolvedId();
            resolvedIds[i] = r == null ? parties[i].id() : r;
        });
        queries.findModel().ifPresent(models -> {
            personModel = models[0];
            firmModel = models[1];
        });
        return new PartySnapshot(parties, resolvedIds, Blocking.packedKeys(parties), new TermFrequencies(parties));
    }

    /**
     * Resolves the touched parties against the snapshot: their candidate pairs scored with the
     * current models, then the resolved entities they were or now are part of re-clustered from
     * their stored links and the new ones. Writes only what changed.
     */
    private RunView incremental(List<String> touchedIds) {
        long t0 = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<ResolutionQueries.Stored> touched = queries.findParties(touchedIds);
        List<StandardParty> versions = new ArrayList<>(touched.size());
        Map<String, String> storedResolved = new HashMap<>();
        for (ResolutionQueries.Stored t : touched) {
            versions.add(StandardParty.of(t.party()));
            if (t.resolvedId() != null) {
                storedResolved.put(t.party().id(), t.resolvedId());
            }
        }
        Set<String> touchedSet = new HashSet<>();
        versions.forEach(v -> touchedSet.add(v.id()));
        List<ResolutionQueries.StoredLink> linksBefore = queries.findLinks(List.copyOf(touchedSet));
        int[] at = snapshot.replace(versions, storedResolved);
        StandardParty[] parties = snapshot.parties();
        long[] pairs = Blocking.pairsOf(at, versions.toArray(StandardParty[]::new), snapshot.keys(),
                properties.maxBlockSize());
        Map<Long, Boolean> decisions = new HashMap<>();
        for (String[] d : queries.listDecisions()) {
            Integer a = snapshot.indexOf(d[0]);
            Integer b = snapshot.indexOf(d[1]);
            if (a != null && b != null && (touchedSet.contains(d[0]) || touchedSet.contains(d[1]))) {
                decisions.put(Resolver.pairKey(a, b), Decision.SAME.name().equals(d[2]));
            }
        }
        if (!decisions.isEmpty()) {
            long[] more = java.util.Arrays.copyOf(pairs, pairs.length + decisions.size());
            int k = pairs.length;
            for (long key : decisions.keySet()) {
                more[k++] = key;
            }
            java.util.Arrays.sort(more);
            pairs = Blocking.unique(more);
        }
        Resolver resolver = new Resolver(parties, settings(), snapshot.termFrequencies());
        List<Resolver.Link> links = resolver.links(pairs, decisions, personModel, firmModel);

        // the entities affected: the touched parties', their new partners', and their old partners'
        Set<String> affected = new HashSet<>();
        for (int i : at) {
            affected.add(snapshot.resolvedId(i));
            affected.add(parties[i].id());
        }
        for (Resolver.Link l : links) {
            affected.add(snapshot.resolvedId(l.a()));
            affected.add(snapshot.resolvedId(l.b()));
        }
        for (ResolutionQueries.StoredLink l : linksBefore) {
            for (String end : List.of(l.a(), l.b())) {
                Integer i = snapshot.indexOf(end);
                if (i != null) {
                    affected.add(snapshot.resolvedId(i));
                }
            }
        }
        List<Integer> members = snapshot.membersOf(affected);
        Map<Integer, Integer> local = new HashMap<>();
        for (int j = 0; j < members.size(); j++) {
            local.put(members.get(j), j);
        }
        String[] memberIds = members.stream().map(i -> parties[i].id()).toArray(String[]::new);
        // the members' links: stored ones between untouched parties, the new ones for the rest
        List<Object[]> joining = new ArrayList<>();
        for (ResolutionQueries.StoredLink l : queries.findLinks(List.of(memberIds))) {
            Integer a = snapshot.indexOf(l.a());
            Integer b = snapshot.indexOf(l.b());
            if (a != null && b != null && local.containsKey(a) && local.containsKey(b)
                    && !touchedSet.contains(l.a()) && !touchedSet.contains(l.b())) {
                joining.add(new Object[] {local.get(a), local.get(b), l.decision(), l.score()});
            }
        }
        for (Resolver.Link l : links) {
            if (local.containsKey(l.a()) && local.containsKey(l.b())) {
                joining.add(new Object[] {local.get(l.a()), local.get(l.b()), l.decision().name(), l.score()});
            }
        }
        Clustering clustering = new Clustering(members.size());
        StandardParty[] memberParties = members.stream().map(i -> parties[i]).toArray(StandardParty[]::new);
        clustering.identities(Resolver.validIdentities(memberParties));
        joining.stream().filter(l -> "REJECTED".equals(l[2]))
                .forEach(l -> clustering.cannotLink((Integer) l[0], (Integer) l[1]));
        joining.sort(java.util.Comparator.comparing((Object[] l) -> !"CONFIRMED".equals(l[2]))
                .thenComparing(l -> -(Double) l[3]));
        for (Object[] l : joining) {
            if ("CONFIRMED".equals(l[2]) || "MATCH".equals(l[2])) {
                clustering.union((Integer) l[0], (Integer) l[1], "CONFIRMED".equals(l[2]));
            }
        }
        String[] resolvedIds = clustering.resolvedIds(memberIds);

        // writes: the touched parties' links that changed or went, and the resolved ids that changed
        Map<String, ResolutionQueries.StoredLink> before = new HashMap<>();
        linksBefore.forEach(l -> before.put(l.a() + "\u0000" + l.b(), l));
        List<Map<String, Object>> upserts = new ArrayList<>();
        for (Resolver.Link link : links) {
            Map<String, Object> row = linkRow(parties[link.a()], parties[link.b()], link);
            ResolutionQueries.StoredLink old = before.remove(row.get("a") + "\u0000" + row.get("b"));
            if (old == null || !link.decision().name().equals(old.decision()) || Math.abs(old.score() - link.score()) > 1e-9) {
                upserts.add(row);
            }
        }
        List<Map<String, Object>> deletes = before.values().stream()
                .map(l -> Map.<String, Object>of("a", l.a(), "b", l.b())).toList();
        List<Map<String, Object>> changed = new ArrayList<>();
        List<String> resolvedBefore = new ArrayList<>(members.size());
        for (int j = 0; j < members.size(); j++) {
            int i = members.get(j);
            String stored = touchedSet.contains(memberIds[j]) ? storedResolved.getOrDefault(memberIds[j], memberIds[j])
                    : snapshot.resolvedId(i);
            resolvedBefore.add(stored);
            if (!resolvedIds[j].equals(stored)) {
                changed.add(resolvedRow(memberIds[j], resolvedIds[j]));
            }
            snapshot.resolvedId(i, resolvedIds[j]);
        }
        long written = writeRows(deletes, upserts, changed);
        long matched = links.stream()
                .filter(l -> l.decision() == LinkDecision.MATCH || l.decision() == LinkDecision.CONFIRMED).count();
        long possible = links.stream().filter(l -> l.decision() == LinkDecision.POSSIBLE).count();
        return record("INCREMENTAL", startedAt, t0, touched.size(), pairs.length, matched, possible, written,
                affected(memberParties, resolvedIds, resolvedBefore));
    }

    private RunView run(String kind) {
        lock.lock();
        try {
            long t0 = System.nanoTime();
            OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
            List<PartyRecord> records = new ArrayList<>();
            List<String> current = new ArrayList<>();
            List<ResolutionQueries.Stored> stored = new ArrayList<>();
            queries.streamParties(stored::add);
            // in id order, so that a run depends on the data only, not on how the store laid it out
            stored.sort(java.util.Comparator.comparing(s -> s.party().id()));
            stored.forEach(s -> {
                records.add(s.party());
                current.add(s.resolvedId());
            });
            stored.clear();
            int n = records.size();
            StandardParty[] parties = new StandardParty[n];
            IntStream.range(0, n).parallel().forEach(i -> parties[i] = StandardParty.of(records.get(i)));
            Map<String, Integer> index = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                index.put(parties[i].id(), i);
            }
            Map<Long, Boolean> decisions = new HashMap<>();
            for (String[] d : queries.listDecisions()) {
                Integer a = index.get(d[0]);
                Integer b = index.get(d[1]);
                if (a != null && b != null) {
                    decisions.put(Resolver.pairKey(a, b), Decision.SAME.name().equals(d[2]));
                }
            }
            Resolver resolver = new Resolver(parties, settings());
            Resolver.Result result = resolver.run(decisions);
            personModel = result.persons();
            firmModel = result.firms();
            long written = writeBack(parties, result, current);
            snapshot = new PartySnapshot(parties, result.resolvedIds(), Blocking.packedKeys(parties),
                    resolver.termFrequencies());
            long matched = result.links().stream()
                    .filter(l -> l.decision() == LinkDecision.MATCH || l.decision() == LinkDecision.CONFIRMED).count();
            long possible = result.links().stream().filter(l -> l.decision() == LinkDecision.POSSIBLE).count();
            return record(kind, startedAt, t0, n, result.pairsScored(), matched, possible, written,
                    affected(parties, result.resolvedIds(), current));
        } catch (RuntimeException e) {
            snapshot = null;
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Stores the run with the models it scored with, and tells the other modules when something changed. */
    private RunView record(String kind, OffsetDateTime startedAt, long t0, long parties, long pairsScored, long matched,
            long possible, long written, List<String> affectedPartyIds) {
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        String runId = "RES-" + UUID.randomUUID();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("id", runId);
        run.put("kind", kind);
        run.put("startedAt", startedAt);
        run.put("parties", parties);
        run.put("pairsScored", pairsScored);
        run.put("matched", matched);
        run.put("possible", possible);
        run.put("written", written);
        run.put("tookMs", tookMs);
        run.put("personLambda", personModel.lambda());
        run.put("firmLambda", firmModel.lambda());
        run.put("personM", personModel.flat(true));
        run.put("personU", personModel.flat(false));
        run.put("firmM", firmModel.flat(true));
        run.put("firmU", firmModel.flat(false));
        queries.createRun(run);
        log.info("Resolution run {} ({}): {} parties, {} pairs scored, {} matched, {} possible, {} writes in {} ms",
                runId, kind, parties, pairsScored, matched, possible, written, tookMs);
        if (written > 0) {
            completed(new ResolutionCompleted(runId, written, affectedPartyIds));
        }
        return new RunView(runId, parties, pairsScored, matched, possible, written, tookMs);
    }

    /** Writes the links and resolved ids that differ from what is stored; returns how many writes. */
    private long writeBack(StandardParty[] parties, Resolver.Result result, List<String> current) {
        Map<String, ResolutionQueries.StoredLink> stored = new HashMap<>();
        for (ResolutionQueries.StoredLink l : queries.streamLinks()) {
            stored.put(l.a() + "\u0000" + l.b(), l);
        }
        List<Map<String, Object>> upserts = new ArrayList<>();
        for (Resolver.Link link : result.links()) {
            Map<String, Object> row = linkRow(parties[link.a()], parties[link.b()], link);
            ResolutionQueries.StoredLink before = stored.remove(row.get("a") + "\u0000" + row.get("b"));
            if (before == null || !link.decision().name().equals(before.decision())
                    || Math.abs(before.score() - link.score()) > 1e-9) {
                upserts.add(row);
            }
        }
        List<Map<String, Object>> deletes = stored.values().stream()
                .map(l -> Map.<String, Object>of("a", l.a(), "b", l.b())).toList();
        List<Map<String, Object>> resolved = new ArrayList<>();
        for (int i = 0; i < parties.length; i++) {
            String id = parties[i].id();
            String now = result.resolvedIds()[i];
            String before = current.get(i) == null ? id : current.get(i);
            if (!now.equals(before)) {
                resolved.add(resolvedRow(id, now));
            }
        }
        return writeRows(deletes, upserts, resolved);
    }

    /** Deletes, then upserts links, then sets resolved ids, in UNWIND batches; returns how many writes. */
    private long writeRows(List<Map<String, Object>> deletes, List<Map<String, Object>> upserts,
            List<Map<String, Object>> resolved) {
        long written = 0;
        int batch = properties.writeBatch();
        for (int i = 0; i < deletes.size(); i += batch) {
            written += queries.deleteLinks(deletes.subList(i, Math.min(deletes.size(), i + batch)));
        }
        for (int i = 0; i < upserts.size(); i += batch) {
            written += queries.writeLinks(upserts.subList(i, Math.min(upserts.size(), i + batch)));
        }
        for (int i = 0; i < resolved.size(); i += batch) {
            written += queries.writeResolvedIds(resolved.subList(i, Math.min(resolved.size(), i + batch)));
        }
        return written;
    }

    /**
     * Publishes in a transaction of its own that stores the event's publication (the writes were
     * batches of their own): its listeners (credit) run after that commit, again after a restart
     * until they finished.
     */
    private void completed(ResolutionCompleted event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /**
     * Every member, before or after the run, of the entities whose membership changed: a party
     * whose resolved id changed touches its old and its new entity, and both touch all their members.
     */
    static List<String> affected(StandardParty[] parties, String[] resolvedIds, List<String> current) {
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (int i = 0; i < parties.length; i++) {
            String before = current.get(i) == null ? parties[i].id() : current.get(i);
            if (!resolvedIds[i].equals(before)) {
                touched.add(before);
                touched.add(resolvedIds[i]);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parties.length; i++) {
            String before = current.get(i) == null ? parties[i].id() : current.get(i);
            if (touched.contains(before) || touched.contains(resolvedIds[i])) {
                out.add(parties[i].id());
            }
        }
        return out;
    }

    /** Only parties whose resolved id is not their own carry one: a first run writes the members of groups only. */
    private static Map<String, Object> resolvedRow(String id, String resolvedId) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("resolvedId", resolvedId.equals(id) ? null : resolvedId);
        return row;
    }

    /** A link as stored: ends ordered by id (a < b), evidence as parallel lists. */
    private static Map<String, Object> linkRow(StandardParty x, StandardParty y, Resolver.Link link) {
        boolean inOrder = x.id().compareTo(y.id()) < 0;
        List<String> fields = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Field f : Field.ALL) {
            fields.add(f.evidenceName(x.firm()));
            levels.add(link.levels()[f.ordinal()].name());
            weights.add(link.weights()[f.ordinal()]);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("a", inOrder ? x.id() : y.id());
        row.put("b", inOrder ? y.id() : x.id());
        row.put("score", link.score());
        row.put("decision", link.decision().name());
        row.put("fields", fields);
        row.put("levels", levels);
        row.put("weights", weights);
        row.put("priorWeight", link.priorWeight());
        return row;
    }

    private Resolver.Settings settings() {
        return new Resolver.Settings(properties.matchThreshold(), properties.reviewThreshold(), properties.maxBlockSize(),
                properties.emIterations(), properties.uSamples(), properties.seed());
    }

    @Override
    public MatchesView matches(String entityId) {
        Record r = queries.findMatches(entityId).orElseThrow(() -> new EntityNotFound(entityId));
        List<MatchView> items = new ArrayList<>(r.get("matches").asList(m -> new MatchView(m.get("entityId").asString(),
                m.get("type").asString(null), m.get("name").asString(null), m.get("score").asDouble(),
                LinkDecision.valueOf(m.get("decision").asString()), evidence(m))));
        items.sort(java.util.Comparator.comparingDouble(MatchView::score).reversed().thenComparing(MatchView::entityId));
        Optional<CurrentUser> insurer = insurer();
        if (insurer.isPresent() && !items.isEmpty()) {
            Set<String> visible = visibility.visible(insurer.get(), items.stream().map(MatchView::entityId).toList());
            items.removeIf(m -> !visible.contains(m.entityId()));
        }
        return new MatchesView(r.get("id").asString(), r.get("resolvedId").asString(), items);
    }

    /**
     * The signed-in INSURER user, if that is who asks: a "same as" link is derived from personal
     * data (id numbers, phones), so an insurer learns of a member only when it sees that party in
     * full anyway (docs/security.md, "Insurer scoping"), as its search does.
     */
    private Optional<CurrentUser> insurer() {
        return users.currentUser().filter(u -> u.role() == Role.INSURER);
    }

    /** The prior and the fields of a stored link, in that order. */
    static List<EvidenceView> evidence(Value link) {
        List<EvidenceView> out = new ArrayList<>();
        out.add(new EvidenceView("prior", "BASE_RATE", link.get("priorWeight").asDouble(0)));
        List<String> fields = link.get("fields").asList(Value::asString, List.of());
        List<String> levels = link.get("levels").asList(Value::asString, List.of());
        List<Double> weights = link.get("weights").asList(Value::asDouble, List.of());
        for (int i = 0; i < fields.size(); i++) {
            out.add(new EvidenceView(fields.get(i), levels.get(i), weights.get(i)));
        }
        return out;
    }

    @Override
    public ResolvedView resolved(String resolvedId) {
        List<Record> rows = queries.findResolved(resolvedId);
        if (rows.isEmpty()) {
            throw new ResolvedEntityNotFound(resolvedId);
        }
        List<ResolvedView.Member> members = new ArrayList<>();
        List<ResolvedView.Link> links = new ArrayList<>();
        for (Record r : rows) {
            members.add(new ResolvedView.Member(r.get("entityId").asString(), r.get("type").asString(null),
                    r.get("name").asString(null), r.get("insurerIds").asList(Value::asString).stream().sorted().toList()));
            r.get("links").asList(l -> new ResolvedView.Link(l.get("a").asString(), l.get("b").asString(),
                    l.get("score").asDouble(), LinkDecision.valueOf(l.get("decision").asString()))).forEach(links::add);
        }
        Optional<CurrentUser> insurer = insurer();
        if (insurer.isPresent()) {
            Set<String> visible = visibility.visible(insurer.get(),
                    members.stream().map(ResolvedView.Member::entityId).toList());
            members.removeIf(m -> !visible.contains(m.entityId()));
            links.removeIf(l -> !visible.contains(l.a()) || !visible.contains(l.b()));
            if (members.isEmpty()) {
                throw new ResolvedEntityNotFound(resolvedId);
            }
        }
        return new ResolvedView(resolvedId, members, links);
    }

    @Override
    public DecisionPage decisions(String entityId, int page, int size) {
        checkPage(page, size);
        String about = entityId == null || entityId.isBlank() ? null : entityId.strip();
        if (about != null && queries.findParties(List.of(about)).isEmpty()) {
            throw new EntityNotFound(about);
        }
        List<RecordedDecision> items = queries.listDecisionHistory(about, (long) page * size, size).stream()
                .map(r -> new RecordedDecision(r.get("id").asString(), r.get("entityId").asString(),
                        r.get("otherId").asString(), Decision.valueOf(r.get("decision").asString()),
                        r.get("reason").asString(null), r.get("decidedBy").asString(null),
                        r.get("decidedAt").isNull() ? null : r.get("decidedAt").asOffsetDateTime(),
                        r.get("superseded").asBoolean()))
                .toList();
        return new DecisionPage(items, page, size, queries.countDecisionHistory(about));
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidQueryParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidQueryParameter("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    @Override
    public ReviewPage reviews(int page, int size) {
        checkPage(page, size);
        List<ReviewView> items = queries.listReviews((long) page * size, size).stream()
                .map(r -> new ReviewView(r.get("entityId").asString(), r.get("entityName").asString(null),
                        r.get("entityType").asString(null), r.get("otherId").asString(), r.get("otherName").asString(null),
                        r.get("otherType").asString(null), r.get("score").asDouble(), evidence(recordValue(r))))
                .toList();
        return new ReviewPage(items, page, size, queries.countReviews());
    }

    private static Value recordValue(Record r) {
        return org.neo4j.driver.Values.value(r.asMap());
    }

    @Override
    public DecisionView decide(DecisionRequest request, String actor) {
        if (request.entityId().equals(request.otherId())) {
            throw InvalidInput.of("otherId", "must differ from entityId");
        }
        lock.lock();
        try {
            Map<String, ResolutionQueries.Stored> found = new HashMap<>();
            queries.findParties(List.of(request.entityId(), request.otherId()))
                    .forEach(s -> found.put(s.party().id(), s));
            for (String id : List.of(request.entityId(), request.otherId())) {
                if (!found.containsKey(id)) {
                    throw new EntityNotFound(id);
                }
            }
            boolean same = request.decision() == Decision.SAME;
            String a = request.entityId().compareTo(request.otherId()) < 0 ? request.entityId() : request.otherId();
            String b = a.equals(request.entityId()) ? request.otherId() : request.entityId();
            Record component = queries.findComponents(List.of(a, b)).orElseThrow();
            List<String> members = new ArrayList<>(component.get("members").asList(Value::asString));
            for (String id : List.of(a, b)) {
                if (!members.contains(id)) {
                    members.add(id);
                }
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                index.put(members.get(i), i);
            }
            // the component's links with the new decision in place of the pair's old state
            List<Object[]> links = new ArrayList<>();
            Value pairBefore = null;
            for (Value l : component.get("links").asList(v -> v)) {
                String la = l.get("a").asString();
                String lb = l.get("b").asString();
                if (la.equals(a) && lb.equals(b)) {
                    pairBefore = l;
                    continue;
                }
                links.add(new Object[] {index.get(la), index.get(lb), l.get("decision").asString(),
                        l.get("score").asDouble(0)});
            }
            links.add(new Object[] {index.get(a), index.get(b), same ? "CONFIRMED" : "REJECTED", 1.0});
            Clustering clustering = new Clustering(members.size());
            for (Object[] l : links) {
                if ("REJECTED".equals(l[2])) {
                    clustering.cannotLink((Integer) l[0], (Integer) l[1]);
                }
            }
            links.sort(java.util.Comparator.comparing((Object[] l) -> !"CONFIRMED".equals(l[2]))
                    .thenComparing(l -> -(Double) l[3]));
            boolean decisionsClash = false;
            for (Object[] l : links) {
                if ("CONFIRMED".equals(l[2]) || "MATCH".equals(l[2])) {
                    boolean joined = clustering.union((Integer) l[0], (Integer) l[1]);
                    // an automatic MATCH gives way to person decisions; person decisions that
                    // contradict each other (SAME chains across a DIFFERENT) are a conflict
                    decisionsClash |= !joined && "CONFIRMED".equals(l[2]);
                }
            }
            if (same && (decisionsClash || clustering.find(index.get(a)) != clustering.find(index.get(b)))) {
                throw new DecisionConflict(request.entityId(), request.otherId());
            }
            String[] resolvedIds = clustering.resolvedIds(members.toArray(String[]::new));

            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            String decisionId = "RDC-" + UUID.randomUUID();
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("id", decisionId);
            decision.put("a", a);
            decision.put("b", b);
            decision.put("decision", request.decision().name());
            decision.put("reason", request.reason().strip());
            decision.put("decidedBy", actor);
            decision.put("decidedAt", at);
            queries.createDecision(decision);
            queries.writeLinks(List.of(pairRow(found.get(a).party(), found.get(b).party(), pairBefore, same)));
            List<Map<String, Object>> changed = new ArrayList<>();
            Map<String, String> currentIds = new HashMap<>();
            for (ResolutionQueries.Stored s : queries.findParties(members)) {
                currentIds.put(s.party().id(), s.resolvedId());
            }
            for (int i = 0; i < members.size(); i++) {
                String id = members.get(i);
                String before = currentIds.get(id) == null ? id : currentIds.get(id);
                if (!resolvedIds[i].equals(before)) {
                    changed.add(resolvedRow(id, resolvedIds[i]));
                }
            }
            if (!changed.isEmpty()) {
                queries.writeResolvedIds(changed);
            }
            if (snapshot != null) {
                for (int i = 0; i < members.size(); i++) {
                    Integer known = snapshot.indexOf(members.get(i));
                    if (known != null) {
                        snapshot.resolvedId(known, resolvedIds[i]);
                    }
                }
            }
            completed(new ResolutionCompleted(decisionId, changed.size(), changed.isEmpty() ? List.of() : members));
            return new DecisionView(decisionId, request.entityId(), request.otherId(), request.decision(),
                    request.reason().strip(), actor, at, resolvedIds[index.get(request.entityId())],
                    resolvedIds[index.get(request.otherId())]);
        } finally {
            lock.unlock();
        }
    }

    /** The decided pair's link: its stored score and evidence, or a score of the pair on its own. */
    private Map<String, Object> pairRow(PartyRecord a, PartyRecord b, Value before, boolean same) {
        LinkDecision decision = same ? LinkDecision.CONFIRMED : LinkDecision.REJECTED;
        StandardParty[] pair = {StandardParty.of(a), StandardParty.of(b)};
        FellegiSunter model = pair[0].firm() ? firmModel : personModel;
        Resolver.Link link = new Resolver(pair, settings(), false).score(0, 1, model, same);
        Map<String, Object> row = linkRow(pair[0], pair[1], link);
        if (before != null && !before.get("score").isNull() && !before.get("fields").isNull()) {
            // keep the run's score and evidence (with term frequencies); only the decision changes
            row.put("score", before.get("score").asDouble());
            row.put("fields", before.get("fields").asList(Value::asString));
            row.put("levels", before.get("levels").asList(Value::asString));
            row.put("weights", before.get("weights").asList(Value::asDouble));
            row.put("priorWeight", before.get("priorWeight").asDouble(0));
        }
        row.put("decision", decision.name());
        return row;
    }

    @Override
    public Map<String, String> resolvedIds() {
        return queries.listResolvedIds();
    }

    @Override
    public Optional<String> resolvedIdOf(String entityId) {
        return queries.findMatches(entityId).map(r -> r.get("resolvedId").asString());
    }

    /** Parties whose id number is written in any of the forms of {@code q}. */
    List<String> partiesByIdNumber(String q) {
        List<String> forms = IdNumber.writtenForms(q);
        return forms.isEmpty() ? List.of() : queries.findByIdNumber(forms);
    }
    /** The links between two of these parties, with their evidence. */
    List<SameAsLink> links(Collection<String> partyIds) {
        if (partyIds.isEmpty()) {
            return List.of();
        }
        return queries.findLinksAmong(List.copyOf(partyIds)).stream()
                .map(r -> {
                    Value v = recordValue(r);
                    List<SameAsLink.Evidence> evidence = evidence(v).stream()
                            .map(e -> new SameAsLink.Evidence(e.field(), e.comparison(), e.weight())).toList();
                    return new SameAsLink(r.get("a").asString(), r.get("b").asString(), r.get("score").asDouble(0),
                            r.get("decision").asString(null), evidence);
                })
                .toList();
    }
}
