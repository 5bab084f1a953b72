package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.ReadModelRefresher;
import io.credlink.sanction.PartnerMeasure;
import io.credlink.sanction.PropagationView.Affected;
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
 * server ({@link RestrictionsProjectionFeed}): a write that may change some propagation (a new
 * sanction, an import, a resolution run) makes the projection stale from inside its transaction;
 * answers then come from live propagation until the projection is rebuilt, once no such write
 * has come for {@code projection-refresh-delay}. Writes the application does not make are seen
 * at the next full rebuild ({@code projection-full-rebuild-every}).
 */
@Component
class RestrictionsProjection {

    private static final Logger log = LoggerFactory.getLogger(RestrictionsProjection.class);

    /** One measure a sanction sets off on a party over {@code [from, to]} ({@code to} null = open). */
    record Entry(String sanctionId, String subjectId, int ruleOrder, String rule, String measure, int hops,
            List<String> path, List<PartnerMeasure> partnerMeasures, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** The projection as of change count {@code stamp}. */
    record Snapshot(long stamp, Map<String, List<Entry>> byParty, int sanctions, int measures) {
    }

    /** An answer of the projection; {@code served} false when it is not current (ask live propagation). */
    record Answer(boolean served, Optional<List<RestrictionsView.Restriction>> restrictions) {
        static final Answer NOT_SERVED = new Answer(false, Optional.empty());
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::sanctionId)
            .thenComparingInt(Entry::ruleOrder).thenComparingInt(Entry::hops).thenComparing(Entry::from);

    private final Driver driver;
    private final RuleBook rules;
    private final PropagationEngine engine;
    private final ApplicationEventPublisher events;
    private final String listSanctionFacts;
    private final String findPartyStanding;
    private final ReadModelRefresher refresher;
    private volatile Snapshot current;

    RestrictionsProjection(Driver driver, RuleBook rules, PropagationEngine engine, CypherCatalog catalog,
            SanctionProperties properties, ApplicationEventPublisher events) {
        this.driver = driver;
        this.rules = rules;
        this.engine = engine;
        this.events = events;
        this.listSanctionFacts = catalog.get("sanction/listSanctionFacts");
        this.findPartyStanding = catalog.get("sanction/findPartyStanding");
        this.refresher = ReadModelRefresher.rebuilding("restrictions-projection", properties.projectionRefreshDelay(),
                properties.projectionFullRebuildEvery(), properties.restrictionsProjection(), this::rebuild);
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
        return current != null && refresher.current();
    }

    /** How many of the application's writes so far may have changed some propagation. */
    long changeCount() {
        return refresher.changes();
    }

    /** Notes that the current transaction may change some propagation: stale until rebuilt after it. */
    void changing() {
        refresher.changing(ReadModelRefresher.Touched.EVERYTHING);
    }

    /** The restrictions of a party from the projection, or {@link Answer#NOT_SERVED} when it is not current. */
    Answer restrictions(String entityId, LocalDate asOf) {
        if (!refresher.current()) {
            return Answer.NOT_SERVED;
        }
        Snapshot s = current;
        if (s == null) {
            return Answer.NOT_SERVED;
        }
        List<Entry> entries = s.byParty().getOrDefault(entityId, List.of()).stream().filter(e -> e.covers(asOf)).toList();
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(e -> ids.add(e.sanctionId()));
        List<Record> rows;
        try (Session session = driver.session()) {
            rows = session.executeRead(tx -> tx.run(findPartyStanding,
                    Map.of("id", entityId, "sanctionIds", List.copyOf(ids))).list());
        }
        if (!refresher.current()) {
            return Answer.NOT_SERVED; // a change began while we read
        }
        if (rows.isEmpty()) {
            return new Answer(true, Optional.empty());
        }
        Map<String, Value> standing = new HashMap<>();
        rows.get(0).get("sanctions").asList(v -> v).forEach(v -> standing.put(v.get("sanctionId").asString(), v));
        List<RestrictionsView.Restriction> found = new ArrayList<>();
        for (Entry e : entries) {
            Value st = standing.get(e.sanctionId());
            if (st == null || st.get("withdrawn").asBoolean() || asOf.isBefore(st.get("effectiveFrom").asLocalDate())
                    || (!st.get("effectiveTo").isNull() && asOf.isAfter(st.get("effectiveTo").asLocalDate()))) {
                continue; // not in force on asOf (as PropagationEngine.Standing decides)
            }
            found.add(new RestrictionsView.Restriction(e.sanctionId(), e.subjectId(), e.measure(), e.rule(), e.hops(),
                    e.path(), st.get("disputed").asBoolean(), e.partnerMeasures()));
        }
        return new Answer(true, Optional.of(List.copyOf(found)));
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
        List<SanctionFacts> sanctions;
        try (Session session = driver.session()) {
            sanctions = session.executeRead(tx -> tx.run(listSanctionFacts).list(PropagationEngine::facts));
        }
        Map<String, List<Entry>> byParty = new HashMap<>();
        int triggering = 0;
        int measures = 0;
        try (Session session = driver.session()) {
            for (SanctionFacts s : sanctions) {
                if (refresher.changes() != stamp) {
                    return false;
                }
                if (rules.rules().stream().noneMatch(r -> r.root().matches(s))) {
                    continue;
                }
                triggering++;
                List<Entry> entries = session.executeRead(tx -> project(tx, s));
                measures += entries.size();
                entries.forEach(e -> byParty.computeIfAbsent(e.path().get(e.path().size() - 1), k -> new ArrayList<>()).add(e));
            }
        }
        byParty.values().forEach(l -> l.sort(ORDER));
        if (refresher.changes() != stamp) {
            return false;
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        current = new Snapshot(stamp, byParty, triggering, measures);
        log.info("restrictions projection rebuilt in {} ms: {} sanctions, {} measures", millis, triggering, measures);
        events.publishEvent(new RestrictionsRefreshed(triggering, measures, millis));
        return true;
    }

    /** Every measure one sanction sets off, each with the interval of days it holds over. */
    private List<Entry> project(TransactionContext tx, SanctionFacts s) {
        LocalDate first = s.effectiveFrom();
        LocalDate last = s.effectiveTo();
        if (first == null || (last != null && last.isBefore(first))) {
            return List.of();
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(first);
        for (CompiledRule rule : rules.rules()) {
            if (rule.root().matches(s)) {
                windows(tx, rule, s).forEach(d -> {
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
        List<LocalDate> days = List.copyOf(cuts);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            LocalDate end = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : last;
            Map<String, Entry> next = new HashMap<>();
            for (Affected a : engine.propagate(tx, standing, day, null).affected()) {
                String key = a.rule() + '\u0000' + a.entityId();
                Entry before = open.remove(key);
                if (before != null && before.path().equals(a.path())) {
                    next.put(key, new Entry(before.sanctionId(), before.subjectId(), before.ruleOrder(), before.rule(),
                            before.measure(), before.hops(), before.path(), before.partnerMeasures(), before.from(), end));
                } else {
                    if (before != null) {
                        done.add(before);
                    }
                    next.put(key, new Entry(s.id(), s.subjectId(), order.get(a.rule()), a.rule(), a.measure(), a.hops(),
                            a.path(), a.partnerMeasures(), day, end));
                }
            }
            done.addAll(open.values()); // measures that stop on this day
            open = next;
        }
        done.addAll(open.values());
        return done;
    }

    /**
     * The days on which the relationships one rule chain can follow from the sanctioned party
     * start or stop counting: every query-date step is walked with no date, so the relationships
     * met are all those propagation can meet on any day.
     */
    private Set<LocalDate> windows(TransactionContext tx, CompiledRule rule, SanctionFacts s) {
        Set<LocalDate> days = new TreeSet<>();
        List<String> frontier = List.of(s.subjectId());
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
            frontier = List.copyOf(reached);
        }
        return days;
    }
}
