package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

import io.credlink.graph.SentenceValues;
import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.PropagationView.Affected;
import io.credlink.sanction.PropagationView.Truncation;
import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionProperties.InForceOn;

/**
 * Runs the rules of the {@link RuleBook}: forward from a sanction (which parties it reaches on a
 * date, by which rule and path), and backward from a party (which sanctions may reach it), all in
 * read transactions.
 *
 * <p>A resolved entity ({@link ResolvedEntities}) is one party. A sanction against one member
 * propagates from every member whose type its rule's trigger names (the path then starts at that
 * member, {@code viaMember}); no path passes through a member, so members are never reached as
 * affected parties and "other than the sanctioned party" means other than every member. The
 * restrictions of a party are the measures on every member of its entity, each naming its member.
 */
@Component
class PropagationEngine {

    private final Driver driver;
    private final RuleBook rules;
    private final ResolvedEntities entities;
    private final String findSanctionFacts;

    PropagationEngine(Driver driver, RuleBook rules, ResolvedEntities entities, CypherCatalog catalog) {
        this.driver = driver;
        this.rules = rules;
        this.entities = entities;
        this.findSanctionFacts = catalog.get("sanction/findSanctionFacts");
    }

    /**
     * A party reached with the path (ids) that reaches it; {@code sameAs} of the path's steps go
     * from a reached party to another member of its resolved entity and are no hop of a rule.
     */
    record Reach(String id, String type, String name, List<String> path, int sameAs) {

        Reach(String id, String type, String name, List<String> path) {
            this(id, type, name, path, 0);
        }

        /** The rule hops from the sanctioned entity. */
        int hops() {
            return path.size() - 1 - sameAs;
        }
    }

    /** Whether a sanction is in force on a date, and why (not): in English, and as a code with its values. */
    record Standing(boolean inForce, String status, String explanation, String code, Map<String, Object> args) {

        static Standing of(SanctionFacts s, LocalDate asOf) {
            if (InForceSanction.holdsOn(s.effectiveFrom(), s.effectiveTo(), s.withdrawn(), asOf)) {
                return new Standing(true, "IN_FORCE", "in force from " + s.effectiveFrom()
                        + (s.effectiveTo() == null ? " with no end" : " to " + s.effectiveTo())
                        + (s.disputed() ? "; disputed: every measure is marked disputed" : ""),
                        s.effectiveTo() == null ? "propagation.inForceOpenEnded" : "propagation.inForce",
                        SentenceValues.of("effectiveFrom", s.effectiveFrom(), "effectiveTo", s.effectiveTo(), "disputed", s.disputed()));
            }
            // why not, in the order a reader asks
            if (s.withdrawn()) {
                return new Standing(false, "WITHDRAWN", "the sanction was withdrawn and propagates nothing",
                        "propagation.withdrawn", Map.of());
            }
            if (s.effectiveFrom() == null || asOf.isBefore(s.effectiveFrom())) {
                return new Standing(false, "NOT_YET_EFFECTIVE", "the sanction takes effect on " + s.effectiveFrom(),
                        "propagation.notYetEffective", SentenceValues.of("effectiveFrom", s.effectiveFrom()));
            }
            return new Standing(false, "EXPIRED", "the sanction ended on " + s.effectiveTo(), "propagation.expired",
                    SentenceValues.of("effectiveTo", s.effectiveTo()));
        }

    }

    /** Propagation of a recorded sanction, read and propagated in one transaction; empty when unknown. */
    Optional<PropagationView> propagate(String sanctionId, LocalDate asOf) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> tx.run(findSanctionFacts, Map.of("id", sanctionId)).list().stream()
                    .findFirst().map(r -> propagate(tx, facts(r), asOf, null)));
        }
    }

    /** The parties these sanctions reach on {@code asOf}, all propagated in one read transaction. */
    Set<String> reached(java.util.Collection<String> sanctionIds, LocalDate asOf) {
        if (sanctionIds.isEmpty()) {
            return Set.of();
        }
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                Set<String> out = new HashSet<>();
                for (String id : new TreeSet<>(sanctionIds)) {
                    tx.run(findSanctionFacts, Map.of("id", id)).list().stream().findFirst()
                            .map(r -> propagate(tx, facts(r), asOf, null))
                            .ifPresent(v -> v.affected().forEach(a -> out.add(a.entityId())));
                }
                return out;
            });
        }
    }

    PropagationView propagate(SanctionFacts s, LocalDate asOf) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> propagate(tx, s, asOf, null));
        }
    }

    /** Propagation inside a read transaction; {@code onlyRules} (null = all) limits the rules run. */
    PropagationView propagate(TransactionContext tx, SanctionFacts s, LocalDate asOf, Set<String> onlyRules) {
        ResolvedEntities.Entity entity = entities.of(tx, s.subjectId(), s.subjectType(), s.subjectName());
        return propagate(tx, s, entity, asOf, onlyRules);
    }

    /**
     * The answer for a sanction whose measures and hub cuts on {@code asOf} are already known (the
     * restrictions projection's), worded as {@link #propagate} words its own: nothing when the
     * sanction is not in force then.
     */
    static PropagationView view(SanctionFacts s, ResolvedEntities.Entity entity, LocalDate asOf, List<Affected> affected,
            List<Truncation> truncated) {
        Standing standing = Standing.of(s, asOf);
        return new PropagationView(s.id(), asOf, standing.inForce(), standing.status(), standing.explanation(),
                standing.inForce() ? List.copyOf(affected) : List.of(), standing.inForce() ? List.copyOf(truncated) : List.of(),
                members(entity), standing.code(), standing.args());
    }

    private static List<PropagationView.Member> members(ResolvedEntities.Entity entity) {
        return entity.members().stream().map(m -> new PropagationView.Member(m.id(), m.type(), m.name())).toList();
    }

    /** Propagation from every member of the sanctioned party's resolved entity {@code entity}. */
    PropagationView propagate(TransactionContext tx, SanctionFacts s, ResolvedEntities.Entity entity, LocalDate asOf,
            Set<String> onlyRules) {
        List<PropagationView.Member> entityMembers = members(entity);
        Standing standing = Standing.of(s, asOf);
        if (!standing.inForce()) {
            return new PropagationView(s.id(), asOf, false, standing.status(), standing.explanation(), List.of(), List.of(),
                    entityMembers, standing.code(), standing.args());
        }
        Set<String> members = Set.copyOf(entity.memberIds());
        List<Affected> affected = new ArrayList<>();
        List<Truncation> truncated = new ArrayList<>();
        Map<String, List<Reach>> byRule = new HashMap<>();
        for (CompiledRule rule : rules.rules()) {
            if (onlyRules != null && !onlyRules.contains(rule.id())) {
                continue;
            }
            List<Reach> start;
            if (rule.parent() == null) {
                // from every member of a type the trigger names: the entity is one party
                start = entity.members().stream().filter(m -> rule.trigger().matches(s, m.type()))
                        .map(m -> new Reach(m.id(), m.type(), m.name(), List.of(m.id()))).toList();
            } else if (entity.members().stream().anyMatch(m -> rule.trigger().matches(s, m.type()))) {
                start = byRule.getOrDefault(rule.parent().id(), List.of());
            } else {
                start = List.of();
            }
            if (start.isEmpty()) {
                continue;
            }
            List<Reach> targets = run(tx, rule, s, asOf, start, members, truncated);
            byRule.put(rule.id(), targets);
            for (Reach t : targets) {
                String first = t.path().get(0);
                affected.add(new Affected(t.id(), t.type(), t.name(), rule.measure(), rule.id(),
                        t.hops(), t.path(), s.disputed(), rule.partnerMeasures(),
                        first.equals(s.subjectId()) ? null : first));
            }
        }
        return new PropagationView(s.id(), asOf, true, standing.status(), standing.explanation(),
                List.copyOf(affected), List.copyOf(truncated), entityMembers, standing.code(), standing.args());
    }

    /** The measures in force on a party and the other members of its resolved entity; empty when no party has the id. */
    Optional<List<RestrictionsView.Restriction>> liveRestrictions(String entityId, LocalDate asOf) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> Optional.ofNullable(entities.find(tx, List.of(entityId)).get(entityId))
                    .map(e -> liveRestrictions(tx, e, asOf)));
        }
    }

    /** As {@link #liveRestrictions(TransactionContext, ResolvedEntities.Entity, LocalDate)}, in a read transaction of its own. */
    List<RestrictionsView.Restriction> liveRestrictions(ResolvedEntities.Entity entity, LocalDate asOf) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> liveRestrictions(tx, entity, asOf));
        }
    }

    /**
     * The measures in force on every member of a resolved entity: the rule chains that can end at
     * a member's type are walked backwards to the in-force sanctions that may set them off
     * ({@link #candidates}), and each such sanction is propagated forward along those chains only,
     * in the same read transaction. Exactly the measures that propagation of each sanction puts on
     * the members, each naming its member, ordered by sanction id, then as propagation orders them.
     */
    private List<RestrictionsView.Restriction> liveRestrictions(TransactionContext tx, ResolvedEntities.Entity entity,
            LocalDate asOf) {
        TreeMap<String, Candidate> candidates = new TreeMap<>();
        for (ResolvedEntities.Member m : entity.members()) {
            candidates(tx, m.id(), m.type(), asOf).forEach((id, c) -> candidates.merge(id, c, (a, b) -> {
                a.rules().addAll(b.rules());
                return a;
            }));
        }
        Set<String> members = Set.copyOf(entity.memberIds());
        List<RestrictionsView.Restriction> found = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            Set<String> chain = new HashSet<>();
            for (CompiledRule rule : c.rules()) {
                for (CompiledRule r = rule; r != null; r = r.parent()) {
                    chain.add(r.id());
                }
            }
            SanctionFacts s = c.facts();
            propagate(tx, s, asOf, chain).affected().stream()
                    .filter(a -> members.contains(a.entityId()))
                    .forEach(a -> found.add(new RestrictionsView.Restriction(s.id(), s.subjectId(), a.measure(),
                            a.rule(), a.hops(), a.path(), a.disputed(), a.partnerMeasures(), a.entityId(), a.viaMember())));
        }
        return List.copyOf(found);
    }

    /** A sanction that may reach a party, and the rules that may carry it there. */
    private record Candidate(SanctionFacts facts, List<CompiledRule> rules) {
    }

    /**
     * The targets of one rule from its start, one best path each (the shortest; then one from the
     * sanctioned party itself rather than from another member; then the smallest), ordered by hops
     * then id. No path passes through a member of the sanctioned party's entity ({@code members}).
     */
    private List<Reach> run(TransactionContext tx, CompiledRule rule, SanctionFacts s, LocalDate asOf,
            List<Reach> start, Set<String> members, List<Truncation> truncated) {
        Comparator<Reach> best = Comparator.comparingInt(Reach::hops).thenComparingInt(r -> r.path().size())
                .thenComparing(r -> !r.path().get(0).equals(s.subjectId()))
                .thenComparing(r -> String.join("\u0000", r.path()));
        List<Reach> frontier = start;
        for (CompiledRule.Hop hop : rule.hops()) {
            LocalDate date = hop.inForceOn() == InForceOn.DECISION_DATE ? s.decidedOn() : asOf;
            TreeSet<String> ids = new TreeSet<>();
            frontier.forEach(r -> ids.add(r.id()));
            Map<String, List<Record>> next = new LinkedHashMap<>();
            tx.run(hop.forwardQuery(), params(new ArrayList<>(ids), hop.direction().name(), hop.roles(), date,
                    hop.fromKinds(), hop.toKinds(), rule.maxFanOut() + 1L))
                    .forEachRemaining(row -> next.computeIfAbsent(row.get("fromId").asString(), k -> new ArrayList<>()).add(row));
            next.forEach((fromId, rows) -> {
                if (rows.size() > rule.maxFanOut()) {
                    truncated.add(new Truncation(rule.id(), fromId, rule.maxFanOut()));
                    rows.subList(rule.maxFanOut(), rows.size()).clear();
                }
            });
            Map<String, Reach> reached = new HashMap<>();
            for (Reach r : frontier) {
                for (Record row : next.getOrDefault(r.id(), List.of())) {
                    String to = row.get("toId").asString();
                    if (r.path().contains(to) || members.contains(to)) {
                        continue; // paths never come back to a party already on them, nor to the sanctioned entity
                    }
                    List<String> path = new ArrayList<>(r.path());
                    path.add(to);
                    Reach candidate = new Reach(to, row.get("toType").asString(null), row.get("toName").asString(null),
                            List.copyOf(path), r.sameAs());
                    reached.merge(to, candidate, (a, b) -> best.compare(a, b) <= 0 ? a : b);
                }
            }
            sameAs(tx, reached, best);
            frontier = reached.values().stream().sorted(Comparator.comparing(Reach::id)).toList();
            if (frontier.isEmpty()) {
                return List.of();
            }
        }
        return frontier.stream()
                .filter(r -> GraphModel.isOfType(r.type(), rule.target()))
                .filter(r -> !rule.otherThanSubject() || !members.contains(r.id()))
                .sorted(Comparator.comparingInt(Reach::hops).thenComparing(Reach::id))
                .toList();
    }

    /**
     * A reached party is its resolved entity: every other member of it is reached too, one
     * {@code SAME_AS} step further along the same path (no hop of the rule), and the walk goes on
     * from all of them. Members of the sanctioned entity are never reached, so none is added here.
     */
    private void sameAs(TransactionContext tx, Map<String, Reach> reached, Comparator<Reach> best) {
        Map<String, ResolvedEntities.Entity> groups = entities.groups(tx, reached.keySet());
        if (groups.isEmpty()) {
            return;
        }
        for (Reach r : List.copyOf(reached.values())) {
            ResolvedEntities.Entity entity = groups.get(r.id());
            if (entity == null) {
                continue;
            }
            for (ResolvedEntities.Member m : entity.members()) {
                if (m.id().equals(r.id()) || r.path().contains(m.id())) {
                    continue;
                }
                List<String> path = new ArrayList<>(r.path());
                path.add(m.id());
                reached.merge(m.id(), new Reach(m.id(), m.type(), m.name(), List.copyOf(path), r.sameAs() + 1),
                        (a, b) -> best.compare(a, b) <= 0 ? a : b);
            }
        }
    }

    /**
     * The sanctions that may reach a party of type {@code type} on {@code asOf}, by sanction id:
     * every hop of every rule chain walked backwards with the same relationship, role and kind
     * conditions and, for query-date hops, the same windows. Decision-date windows depend on the
     * sanction and are left to the forward check, so the answer is a superset of the sanctions
     * that really reach it.
     */
    TreeSet<String> candidates(String entityId, String type, LocalDate asOf) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> new TreeSet<>(candidates(tx, entityId, type, asOf).keySet()));
        }
    }

    private TreeMap<String, Candidate> candidates(TransactionContext tx, String entityId, String type, LocalDate asOf) {
        TreeMap<String, Candidate> found = new TreeMap<>();
        for (CompiledRule rule : rules.rules()) {
            if (!GraphModel.isOfType(type, rule.target())) {
                continue;
            }
            List<String> frontier = List.of(entityId);
            List<CompiledRule.Hop> chain = rule.chain();
            for (int i = chain.size() - 1; i >= 1 && !frontier.isEmpty(); i--) {
                CompiledRule.Hop hop = chain.get(i);
                LocalDate date = hop.inForceOn() == InForceOn.QUERY_DATE ? asOf : null;
                frontier = entities.withMembers(tx.run(hop.reverseQuery(), params(frontier, hop.reversed().name(),
                        hop.roles(), date, hop.toKinds(), hop.fromKinds(), Long.MAX_VALUE))
                        .list(row -> row.get("toId").asString()));
            }
            if (frontier.isEmpty()) {
                continue;
            }
            CompiledRule.Hop first = chain.get(0);
            CompiledRule.Trigger trigger = rule.root();
            Map<String, Object> p = new HashMap<>();
            p.put("frontier", frontier);
            p.put("direction", first.direction().name());
            p.put("roles", first.roles().isEmpty() ? null : first.roles());
            p.put("date", first.inForceOn() == InForceOn.QUERY_DATE ? asOf : null);
            p.put("fromKinds", first.toKinds());
            p.put("asOf", asOf);
            p.put("blacklist", trigger.blacklist() ? Boolean.TRUE : null);
            p.put("sanctionKinds", trigger.kinds().isEmpty() ? null
                    : trigger.kinds().stream().map(Enum::name).sorted().toList());
            p.put("minSeverity", trigger.minSeverity());
            tx.run(first.reverseQuery(), Values.value(p)).forEachRemaining(row -> found.computeIfAbsent(
                    row.get("sanctionId").asString(), id -> new Candidate(facts(row), new ArrayList<>())).rules().add(rule));
        }
        return found;
    }

    static SanctionFacts facts(Record r) {
        return new SanctionFacts(r.get("sanctionId").asString(), r.get("subjectId").asString(),
                r.get("subjectType").asString(null), r.get("subjectName").asString(null),
                SanctionKind.valueOf(r.get("kind").asString()), r.get("severity").asInt(), r.get("blacklist").asBoolean(false),
                Sanctions.date(r.get("decidedOn")), Sanctions.date(r.get("effectiveFrom")),
                Sanctions.date(r.get("effectiveTo")), r.get("withdrawn").asBoolean(), r.get("disputed").asBoolean());
    }

    private static org.neo4j.driver.Value params(List<String> frontier, String direction, List<String> roles,
            LocalDate date, List<String> fromKinds, List<String> toKinds, long limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("frontier", frontier);
        p.put("direction", direction);
        p.put("roles", roles == null || roles.isEmpty() ? null : roles);
        p.put("date", date);
        p.put("fromKinds", fromKinds);
        p.put("toKinds", toKinds);
        p.put("limit", limit);
        return Values.value(p);
    }
}
