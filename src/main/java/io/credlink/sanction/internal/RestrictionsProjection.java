package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.ReadModelRefresher;
import io.credlink.sanction.PartnerMeasure;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.PropagationView.Affected;
import io.credlink.sanction.PropagationView.Truncation;
import io.credlink.sanction.RestrictionsRefreshed;
import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.SanctionProperties;
import io.credlink.sanction.SanctionProperties.InForceOn;

/**
 * The restrictions of every party, precomputed from propagation itself: for each sanction, the
 * days on which its propagation can change (the sanction's first day, and the first and the day
 * after the last day of every relationship window a query-date step of its rules can meet) cut
 * its period into intervals, and the propagation on the first day of each interval holds for the
 * whole interval. The projection keeps, per party, each (sanction, rule, path) with the interval
 * it holds over; restrictions then read only the party and the sanctions' current standing
 * (in force on the day asked, disputed), which withdrawal, early end and objections change
 * without a rebuild.
 *
 * <p>Fed by the application's own writes, the same with the embedded DBMS and an external
 * server ({@link RestrictionsProjectionFeed}): a write that may change some propagation makes the
 * projection stale from inside its transaction, and answers come from live propagation until it
 * is brought up to date. A new sanction changes only its own propagation: it is projected alone
 * after its commit and patched in ({@link #patch}); an import is read by a rebuild, once no such
 * write has come for {@code projection-refresh-delay}. Writes the application does not make are seen
 * at the next full rebuild ({@code projection-full-rebuild-every}).
 *
 * <p>A resolved entity is one party ({@link PropagationEngine}): each sanction is projected from
 * every member of its subject's entity, and a party's restrictions are the entries of every member
 * of its own entity, read live. The projection keeps the members each sanction was projected with;
 * when resolution changes ({@link #membersChanged}) it is not used until the sanctions whose
 * subject's members changed are projected again.
 */
@Component
class RestrictionsProjection {

    private static final Logger log = LoggerFactory.getLogger(RestrictionsProjection.class);

    /**
     * One measure a sanction sets off on a party over {@code [from, to]} ({@code to} null = open), with
     * the party's domain type and name as propagation reported them.
     */
    record Entry(String sanctionId, String subjectId, int ruleOrder, String rule, String measure, int hops,
            List<String> path, List<PartnerMeasure> partnerMeasures, LocalDate from, LocalDate to, String targetType,
            String targetName) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        /** The party the measure is on. */
        String target() {
            return path.get(path.size() - 1);
        }
    }

    /**
     * The hub cuts (fan-out limits) of a sanction's propagation over {@code [from, to]} ({@code to}
     * null = open), in the order propagation reports them: they change on the same days as its measures.
     */
    record Cut(LocalDate from, LocalDate to, List<Truncation> truncated) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * One sanction projected: its entries, every party its propagation can pass on any day (the
     * members of its subject's entity, every party a step of its rules meets, with the other
     * members of theirs): a resolution change among them changes its propagation; and the hub cuts
     * of the days that have any.
     */
    record Projected(List<Entry> entries, Set<String> reach, List<Cut> cuts) {
    }

    /**
     * The projection as of change count {@code stamp} and resolution change {@code membership};
     * {@code members}: the member ids each sanctioned party's entity had when its sanctions were projected;
     * {@code reach}: per sanction that sets off some rule, the parties its propagation can pass;
     * {@code cuts}: per sanction whose propagation cuts a hub on some day, those cuts.
     */
    record Snapshot(long stamp, long membership, Map<String, List<Entry>> byParty, Map<String, List<String>> members,
            Map<String, Set<String>> reach, Map<String, List<Cut>> cuts, int measures) {

        /** The sanctions that set off some rule. */
        int sanctions() {
            return reach.size();
        }

        /**
         * This snapshot with the entries of {@code dropped} sanctions taken out and {@code added}
         * put in, copying only the party lists they touch (readers keep reading this one).
         */
        Snapshot patched(Set<String> dropped, Map<String, Projected> added, Map<String, List<String>> newMembers,
                long newMembership) {
            Map<String, List<Entry>> parties = new HashMap<>(byParty);
            Map<String, Set<String>> newReach = new HashMap<>(reach);
            Map<String, List<Cut>> newCuts = new HashMap<>(cuts);
            dropped.forEach(newCuts::remove);
            int count = measures;
            Set<String> touched = new HashSet<>();
            for (String id : dropped) {
                Set<String> old = newReach.remove(id);
                if (old != null) {
                    touched.addAll(old); // its targets are among the parties it can pass
                }
            }
            added.values().forEach(p -> p.entries().forEach(e -> touched.add(e.target())));
            for (String party : touched) {
                List<Entry> list = new ArrayList<>();
                for (Entry e : byParty.getOrDefault(party, List.of())) {
                    if (!dropped.contains(e.sanctionId())) {
                        list.add(e);
                    }
                }
                count -= byParty.getOrDefault(party, List.of()).size() - list.size();
                parties.put(party, list);
            }
            added.forEach((id, projected) -> {
                projected.entries().forEach(e -> parties.get(e.target()).add(e));
                newReach.put(id, projected.reach());
                if (!projected.cuts().isEmpty()) {
                    newCuts.put(id, projected.cuts());
                }
            });
            for (String party : touched) {
                List<Entry> list = parties.get(party);
                if (list.isEmpty()) {
                    parties.remove(party);
                } else {
                    list.sort(ORDER);
                }
            }
            for (Projected p : added.values()) {
                count += p.entries().size();
            }
            return new Snapshot(stamp, newMembership, parties, newMembers, newReach, newCuts, count);
        }
    }

    /** An answer of the projection; {@code served} false when it is not current (ask live propagation). */
    record Answer(boolean served, Optional<List<RestrictionsView.Restriction>> restrictions) {
        static final Answer NOT_SERVED = new Answer(false, Optional.empty());
    }

    /** More new sanctions than this pending at once (a bulk of them) are read by one rebuild instead. */
    private static final int MAX_PATCHED_SANCTIONS = 500;

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::sanctionId)
            .thenComparingInt(Entry::ruleOrder).thenComparingInt(Entry::hops).thenComparing(Entry::from);
    /** A resolved entity's restrictions: as propagation orders them, the members by id. */
    private static final Comparator<Entry> ENTITY_ORDER = Comparator.comparing(Entry::sanctionId)
            .thenComparingInt(Entry::ruleOrder).thenComparingInt(Entry::hops).thenComparing(Entry::target);

    private final Driver driver;
    private final RuleBook rules;
    private final PropagationEngine engine;
    private final ResolvedEntities entities;
    private final ApplicationEventPublisher events;
    private final String listSanctionFacts;
    private final RestrictionFacts restrictionFacts;
    private final String findSanctionFacts;
    private final ReadModelRefresher refresher;
    private volatile Snapshot current;
    /** Resolution changes heard so far: a snapshot built with other members is not used. */
    private final AtomicLong membership = new AtomicLong();
    /** Publishing a snapshot and counting a resolution change exclude each other. */
    private final Object publishing = new Object();
    /** Patches (a new sanction, a resolution change) each start from the snapshot the last one published. */
    private final Object patching = new Object();
    /** Full builds so far: a new sanction is patched in, never rebuilt for. */
    private final AtomicLong builds = new AtomicLong();

    RestrictionsProjection(Driver driver, RuleBook rules, PropagationEngine engine, ResolvedEntities entities,
            RestrictionFacts restrictionFacts, CypherCatalog catalog, SanctionProperties properties,
            ApplicationEventPublisher events) {
        this.driver = driver;
        this.rules = rules;
        this.engine = engine;
        this.entities = entities;
        this.events = events;
        this.listSanctionFacts = catalog.get("sanction/listSanctionFacts");
        this.restrictionFacts = restrictionFacts;
        this.findSanctionFacts = catalog.get("sanction/findSanctionFacts");
        this.refresher = ReadModelRefresher.patching("restrictions-projection", properties.projectionRefreshDelay(),
                properties.projectionFullRebuildEvery(), MAX_PATCHED_SANCTIONS, properties.restrictionsProjection(),
                this::rebuild, this::patch);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        refresher.start();
    }

    @PreDestroy
    void stop() {
        refresher.stop();
    }

    /** Whether the projection is current (answers come from it). */
    boolean current() {
        return serves(current);
    }

    boolean serves(Snapshot s) {
        return s != null && refresher.current() && s.membership() == membership.get();
    }

    /** How many of the application's writes so far may have changed some propagation. */
    long changeCount() {
        return refresher.changes();
    }

    /** Notes that the current transaction may change any propagation: stale until rebuilt after it. */
    void changing() {
        refresher.changing(ReadModelRefresher.Touched.EVERYTHING);
    }

    /**
     * Notes that the current transaction records this sanction: the projection does not serve from
     * now until the sanction, once committed, is projected alone and patched in ({@link #patch}).
     * Nothing else a sanction's propagation reads changes, so no rebuild is needed.
     */
    void sanctionRecorded(String sanctionId) {
        refresher.changing(ReadModelRefresher.Touched.keys(Set.of(sanctionId)));
    }

    /** Full builds of the projection so far (a patch is not one). */
    long builds() {
        return builds.get();
    }

    /** The restrictions of a party and the other members of its entity, or {@link Answer#NOT_SERVED} when not current. */
    Answer restrictions(String entityId, LocalDate asOf) {
        if (!current()) {
            return Answer.NOT_SERVED;
        }
        return entities.find(entityId).map(e -> restrictions(e, asOf)).orElseGet(() -> current()
                ? new Answer(true, Optional.empty()) : Answer.NOT_SERVED);
    }

    /**
     * The restrictions of every member of a resolved entity from the projection, ordered as live
     * propagation orders them, or {@link Answer#NOT_SERVED} when it is not current.
     */
    Answer restrictions(ResolvedEntities.Entity entity, LocalDate asOf) {
        Snapshot s = serving();
        if (s == null) {
            return Answer.NOT_SERVED;
        }
        List<Entry> entries = entries(s, entity, asOf);
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(e -> ids.add(e.sanctionId()));
        RestrictionFacts.Facts facts = restrictionFacts.read(List.of(entity.partyId()), ids, asOf);
        if (!serves(s)) {
            return Answer.NOT_SERVED; // a change began, or resolved entities changed, while we read
        }
        if (!facts.members().containsKey(entity.partyId())) {
            return new Answer(true, Optional.empty());
        }
        return new Answer(true, Optional.of(inForce(entries, facts.standing(), asOf)));
    }

    /** The snapshot answers come from now, or null while the projection is not current (ask live propagation). */
    Snapshot serving() {
        Snapshot s = current;
        return serves(s) ? s : null;
    }

    /**
     * The entries of a snapshot on the members of a resolved entity that hold on {@code asOf},
     * ordered as live propagation orders them (a party alone: as the snapshot keeps them).
     */
    static List<Entry> entries(Snapshot s, ResolvedEntities.Entity entity, LocalDate asOf) {
        List<Entry> entries = new ArrayList<>();
        for (String member : entity.memberIds()) {
            s.byParty().getOrDefault(member, List.of()).stream().filter(e -> e.covers(asOf)).forEach(entries::add);
        }
        if (entity.members().size() > 1) {
            entries.sort(ENTITY_ORDER);
        }
        return entries;
    }

    /**
     * The parties the propagation of these sanctions reaches on {@code asOf} as the snapshot holds
     * it (each sanction projected as if it stood: the caller passes only sanctions in force then).
     */
    static Set<String> reached(Snapshot s, Collection<String> sanctionIds, LocalDate asOf) {
        Set<String> out = new HashSet<>();
        for (String id : sanctionIds) {
            // its targets are among the parties it can pass
            for (String party : s.reach().getOrDefault(id, Set.of())) {
                for (Entry e : s.byParty().getOrDefault(party, List.of())) {
                    if (e.sanctionId().equals(id) && e.covers(asOf)) {
                        out.add(party);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The measures one sanction sets off on {@code asOf} as its propagation reports them (rule by
     * rule in the rule book's order, then by hops and party id), with {@code s}'s live dispute
     * flag; the caller has checked that the sanction is in force then.
     */
    static List<Affected> affected(Snapshot snapshot, SanctionFacts s, LocalDate asOf) {
        List<Entry> entries = new ArrayList<>();
        for (String party : snapshot.reach().getOrDefault(s.id(), Set.of())) {
            for (Entry e : snapshot.byParty().getOrDefault(party, List.of())) {
                if (e.sanctionId().equals(s.id()) && e.covers(asOf)) {
                    entries.add(e);
                }
            }
        }
        entries.sort(Comparator.comparingInt(Entry::ruleOrder).thenComparingInt(Entry::hops)
                .thenComparing(Entry::target));
        List<Affected> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String first = e.path().get(0);
            out.add(new Affected(e.target(), e.targetType(), e.targetName(), e.measure(), e.rule(), e.hops(), e.path(),
                    s.disputed(), e.partnerMeasures(), first.equals(s.subjectId()) ? null : first));
        }
        return List.copyOf(out);
    }

    /** The hub cuts of one sanction's propagation on {@code asOf}, as propagation reports them. */
    static List<Truncation> truncated(Snapshot snapshot, String sanctionId, LocalDate asOf) {
        for (Cut cut : snapshot.cuts().getOrDefault(sanctionId, List.of())) {
            if (cut.covers(asOf)) {
                return cut.truncated();
            }
        }
        return List.of();
    }

    /**
     * Whether the snapshot holds this sanction's propagation: it projected the sanction, or no rule
     * starts from it (a sanction written around the application is not held until a full rebuild).
     */
    boolean holds(Snapshot snapshot, SanctionFacts s, ResolvedEntities.Entity entity) {
        return snapshot.reach().containsKey(s.id()) || !triggers(s, entity);
    }

    /** Whether the snapshot projected a sanction of {@code subjectId} with these members of its entity. */
    static boolean projectedWith(Snapshot snapshot, String subjectId, List<String> memberIds) {
        List<String> members = snapshot.members().get(subjectId);
        return members != null && members.equals(memberIds);
    }

    /**
     * The measures of these entries whose sanction is in force on {@code asOf} by its current
     * standing ({@link RestrictionFacts.Facts#standing}), as {@code PropagationEngine.Standing} decides.
     */
    static List<RestrictionsView.Restriction> inForce(List<Entry> entries, Map<String, Value> standing, LocalDate asOf) {
        List<RestrictionsView.Restriction> found = new ArrayList<>();
        for (Entry e : entries) {
            Value st = standing.get(e.sanctionId());
            if (st == null || st.get("withdrawn").asBoolean() || asOf.isBefore(st.get("effectiveFrom").asLocalDate())
                    || (!st.get("effectiveTo").isNull() && asOf.isAfter(st.get("effectiveTo").asLocalDate()))) {
                continue;
            }
            String first = e.path().get(0);
            found.add(new RestrictionsView.Restriction(e.sanctionId(), e.subjectId(), e.measure(), e.rule(), e.hops(),
                    e.path(), st.get("disputed").asBoolean(), e.partnerMeasures(), e.target(),
                    first.equals(e.subjectId()) ? null : first));
        }
        return List.copyOf(found);
    }

    /**
     * Rebuilds the projection now if a change made it stale, on the calling thread; false while
     * such a change is still open or when another came meanwhile (a rebuild is then due again).
     */
    boolean refresh() {
        return refresher.refreshNow();
    }

    /** Rebuilds the projection now even if nothing changed: what the application did not write is read too. */
    boolean rebuildNow() {
        return refresher.rebuildNow();
    }

    /** Builds the projection as of change count {@code stamp}; false when the graph changed meanwhile. */
    private boolean rebuild(long stamp) {
        long t0 = System.nanoTime();
        long generation = membership.get();
        Facts facts = facts();
        Map<String, List<Entry>> byParty = new HashMap<>();
        Map<String, Set<String>> reach = new HashMap<>();
        Map<String, List<Cut>> cuts = new HashMap<>();
        int measures = 0;
        try (Session session = driver.session(GraphSessions.read(driver))) {
            for (SanctionFacts s : facts.sanctions()) {
                if (refresher.changes() != stamp) {
                    return false;
                }
                ResolvedEntities.Entity entity = facts.entity(s);
                if (!triggers(s, entity)) {
                    continue;
                }
                Projected projected = session.executeRead(tx -> project(tx, s, entity));
                measures += projected.entries().size();
                projected.entries().forEach(e -> byParty.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e));
                reach.put(s.id(), projected.reach());
                if (!projected.cuts().isEmpty()) {
                    cuts.put(s.id(), projected.cuts());
                }
            }
        }
        int triggering = reach.size();
        byParty.values().forEach(l -> l.sort(ORDER));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        synchronized (publishing) {
            if (refresher.changes() != stamp || membership.get() != generation) {
                return false;
            }
            current = new Snapshot(stamp, generation, byParty, facts.members(), reach, cuts, measures);
            builds.incrementAndGet();
        }
        log.info("restrictions projection rebuilt in {} ms: {} sanctions, {} measures", millis, triggering, measures);
        events.publishEvent(new RestrictionsRefreshed(triggering, measures, millis));
        return true;
    }

    /** Every sanction, and the resolved entity of every sanctioned party, read together. */
    private record Facts(List<SanctionFacts> sanctions, Map<String, ResolvedEntities.Entity> entities) {

        ResolvedEntities.Entity entity(SanctionFacts s) {
            return entities.getOrDefault(s.subjectId(), ResolvedEntities.Entity.alone(s.subjectId(), s.subjectType(),
                    s.subjectName()));
        }

        Map<String, List<String>> members() {
            Map<String, List<String>> out = new HashMap<>();
            sanctions.forEach(s -> out.put(s.subjectId(), entity(s).memberIds()));
            return out;
        }
    }

    private Facts facts() {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                List<SanctionFacts> sanctions = tx.run(listSanctionFacts).list(PropagationEngine::facts);
                Set<String> subjects = new TreeSet<>();
                sanctions.forEach(s -> subjects.add(s.subjectId()));
                return new Facts(sanctions, entities.find(tx, subjects));
            });
        }
    }

    /** Whether some rule starts from the sanction, from any member of its subject's entity. */
    private boolean triggers(SanctionFacts s, ResolvedEntities.Entity entity) {
        return rules.rules().stream().anyMatch(r -> triggers(r, s, entity));
    }

    private static boolean triggers(CompiledRule rule, SanctionFacts s, ResolvedEntities.Entity entity) {
        return entity.members().stream().anyMatch(m -> rule.root().matches(s, m.type()));
    }

    /**
     * Entity resolution changed which parties are one (its {@code ResolutionCompleted}): from now
     * on the projection is not used until the sanctions whose subject's members changed are
     * projected again, here (the others keep their entries). When the projection is stale for
     * another reason, the rebuild due reads the new members anyway.
     */
    void membersChanged(Collection<String> partyIds) {
        synchronized (patching) {
            long generation;
            Snapshot base;
            synchronized (publishing) {
                generation = membership.incrementAndGet();
                base = current;
            }
            if (base == null || !refresher.serving()) {
                return; // the first build or a rebuild is due; it reads the members when it runs
            }
            long t0 = System.nanoTime();
            Facts facts = facts();
            Map<String, List<String>> members = facts.members();
            Set<String> changed = new TreeSet<>();
            members.forEach((subject, ids) -> {
                if (!ids.equals(base.members().get(subject))) {
                    changed.add(subject);
                }
            });
            // and the sanctions whose propagation can pass a party whose entity changed (it continues from every member)
            Set<String> moved = Set.copyOf(partyIds);
            Set<String> passing = new HashSet<>();
            base.reach().forEach((id, parties) -> {
                if (!java.util.Collections.disjoint(parties, moved)) {
                    passing.add(id);
                }
            });
            // a sanction committed but not yet patched in is among them (its subject is new here): projected now, again by its patch
            List<SanctionFacts> again = facts.sanctions().stream()
                    .filter(s -> changed.contains(s.subjectId()) || passing.contains(s.id())).toList();
            Set<String> againIds = new HashSet<>();
            again.forEach(s -> againIds.add(s.id()));
            Map<String, Projected> added = new HashMap<>();
            if (!again.isEmpty()) {
                try (Session session = driver.session(GraphSessions.read(driver))) {
                    for (SanctionFacts s : again) {
                        ResolvedEntities.Entity entity = facts.entity(s);
                        if (triggers(s, entity)) {
                            added.put(s.id(), session.executeRead(tx -> project(tx, s, entity)));
                        }
                    }
                }
            }
            synchronized (publishing) {
                if (membership.get() != generation || current != base) {
                    return; // a later change patches again, or a rebuild that read the new members came first
                }
                current = base.patched(againIds, added, members, generation);
            }
            log.info("restrictions projection patched in {} ms after a resolution change: {} sanctions projected again",
                    (System.nanoTime() - t0) / 1_000_000, again.size());
        }
    }

    /**
     * Patches newly recorded sanctions in (the refresher's patch, after their commit): each is
     * projected alone from its subject's entity and its entries are added to a copy of the party
     * lists they touch; a sanction already there (a rebuild or a resolution patch read it
     * committed) is replaced, one rolled back leaves nothing. Gives up, and the refresher tries
     * again or rebuilds, when a rebuild became due or another snapshot was published meanwhile:
     * a sanction is never lost, at worst it is read by the next rebuild.
     */
    private boolean patch(Set<String> sanctionIds, long stamp) {
        synchronized (patching) {
            Snapshot base = current;
            if (base == null) {
                return false;
            }
            if (base.membership() != membership.get()) {
                // a resolution change could not be patched in (a rebuild was due then): only a rebuild brings both
                changing();
                return false;
            }
            long t0 = System.nanoTime();
            Map<String, Projected> added = new HashMap<>();
            Map<String, List<String>> members = new HashMap<>(base.members());
            try (Session session = driver.session(GraphSessions.read(driver))) {
                session.executeRead(tx -> {
                    for (String id : new TreeSet<>(sanctionIds)) {
                        Optional<SanctionFacts> found = tx.run(findSanctionFacts, Map.of("id", id)).list().stream()
                                .findFirst().map(PropagationEngine::facts);
                        if (found.isEmpty()) {
                            continue; // its transaction rolled back
                        }
                        SanctionFacts s = found.get();
                        ResolvedEntities.Entity entity = entities.find(tx, List.of(s.subjectId())).getOrDefault(
                                s.subjectId(), ResolvedEntities.Entity.alone(s.subjectId(), s.subjectType(), s.subjectName()));
                        // members the subject's other sanctions were projected with stay: a resolution patch compares them
                        members.putIfAbsent(s.subjectId(), entity.memberIds());
                        if (triggers(s, entity)) {
                            added.put(id, project(tx, s, entity));
                        }
                    }
                    return null;
                });
            }
            synchronized (publishing) {
                if (refresher.changes() != stamp || membership.get() != base.membership() || current != base) {
                    return false;
                }
                current = base.patched(sanctionIds, added, members, base.membership());
            }
            log.debug("restrictions projection patched in {} ms: {} new sanctions", (System.nanoTime() - t0) / 1_000_000,
                    sanctionIds.size());
            return true;
        }
    }

    /** Every measure one sanction sets off from its subject's resolved entity, each with the interval of days it holds over. */
    private Projected project(TransactionContext tx, SanctionFacts s, ResolvedEntities.Entity entity) {
        Set<String> reach = new HashSet<>(entity.memberIds());
        LocalDate first = s.effectiveFrom();
        LocalDate last = s.effectiveTo();
        if (first == null || (last != null && last.isBefore(first))) {
            return new Projected(List.of(), Set.copyOf(reach), List.of());
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(first);
        for (CompiledRule rule : rules.rules()) {
            if (triggers(rule, s, entity)) {
                windows(tx, rule, s, entity, reach).forEach(d -> {
                    if (d.isAfter(first) && (last == null || !d.isAfter(last))) {
                        cuts.add(d);
                    }
                });
            }
        }
        // propagation as if the sanction stood: its standing (withdrawn, early end) is read live
        SanctionFacts standing = new SanctionFacts(s.id(), s.subjectId(), s.subjectType(), s.subjectName(), s.kind(),
                s.severity(), s.blacklist(), s.decidedOn(), first, last, false, false);
        Map<String, Integer> order = new HashMap<>();
        rules.rules().forEach(r -> order.put(r.id(), r.order()));
        Map<String, Entry> open = new HashMap<>();
        List<Entry> done = new ArrayList<>();
        List<Cut> hubCuts = new ArrayList<>();
        List<LocalDate> days = List.copyOf(cuts);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            LocalDate end = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : last;
            Map<String, Entry> next = new HashMap<>();
            PropagationView propagated = engine.propagate(tx, standing, entity, day, null);
            if (!propagated.truncated().isEmpty()) {
                Cut previous = hubCuts.isEmpty() ? null : hubCuts.get(hubCuts.size() - 1);
                if (previous != null && previous.to() != null && previous.to().plusDays(1).equals(day)
                        && previous.truncated().equals(propagated.truncated())) {
                    hubCuts.set(hubCuts.size() - 1, new Cut(previous.from(), end, previous.truncated()));
                } else {
                    hubCuts.add(new Cut(day, end, propagated.truncated()));
                }
            }
            for (Affected a : propagated.affected()) {
                String key = a.rule() + '\u0000' + a.entityId();
                Entry before = open.remove(key);
                if (before != null && before.path().equals(a.path())) {
                    next.put(key, new Entry(before.sanctionId(), before.subjectId(), before.ruleOrder(), before.rule(),
                            before.measure(), before.hops(), before.path(), before.partnerMeasures(), before.from(), end,
                            before.targetType(), before.targetName()));
                } else {
                    if (before != null) {
                        done.add(before);
                    }
                    next.put(key, new Entry(s.id(), s.subjectId(), order.get(a.rule()), a.rule(), a.measure(), a.hops(),
                            a.path(), a.partnerMeasures(), day, end, a.entityType(), a.name()));
                }
            }
            done.addAll(open.values()); // measures that stop on this day
            open = next;
        }
        done.addAll(open.values());
        done.forEach(e -> reach.add(e.target()));
        return new Projected(done, Set.copyOf(reach), List.copyOf(hubCuts));
    }

    /**
     * The days on which the relationships one rule chain can follow from the sanctioned entity
     * (the members its trigger starts from) start or stop counting: every query-date step is
     * walked with no date, so the relationships met are all those propagation can meet on any day.
     */
    private Set<LocalDate> windows(TransactionContext tx, CompiledRule rule, SanctionFacts s, ResolvedEntities.Entity entity,
            Set<String> reach) {
        Set<LocalDate> days = new TreeSet<>();
        List<String> frontier = entity.members().stream().filter(m -> rule.root().matches(s, m.type()))
                .map(ResolvedEntities.Member::id).toList();
        for (CompiledRule.Hop hop : rule.chain()) {
            boolean queryDate = hop.inForceOn() == InForceOn.QUERY_DATE;
            Map<String, Object> p = new HashMap<>();
            p.put("frontier", frontier);
            p.put("direction", hop.direction().name());
            p.put("roles", hop.roles() == null || hop.roles().isEmpty() ? null : hop.roles());
            p.put("date", queryDate ? null : s.decidedOn());
            p.put("fromKinds", hop.fromKinds());
            p.put("toKinds", hop.toKinds());
            Set<String> reached = new TreeSet<>();
            for (Record row : tx.run(hop.windowsQuery(), Values.value(p)).list()) {
                reached.add(row.get("toId").asString());
                if (queryDate) {
                    if (!row.get("from").isNull()) {
                        days.add(row.get("from").asLocalDate());
                    }
                    if (!row.get("to").isNull()) {
                        days.add(row.get("to").asLocalDate().plusDays(1));
                    }
                }
            }
            if (reached.isEmpty()) {
                break;
            }
            // propagation goes on from every member of a reached party's entity
            frontier = entities.withMembers(reached);
            reach.addAll(frontier);
        }
        return days;
    }
}
