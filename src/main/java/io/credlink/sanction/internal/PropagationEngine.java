package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

import io.credlink.sanction.PropagationView;
import io.credlink.sanction.PropagationView.Affected;
import io.credlink.sanction.PropagationView.Truncation;
import io.credlink.sanction.SanctionProperties.InForceOn;

/**
 * Runs the rules of the {@link RuleBook}: forward from a sanction (which parties it reaches on a
 * date, by which rule and path), and backward from a party (which sanctions may reach it), all in
 * read transactions.
 */
@Component
class PropagationEngine {

    private static final Comparator<Reach> BEST = Comparator.<Reach>comparingInt(r -> r.path().size())
            .thenComparing(r -> String.join("\u0000", r.path()));

    private final Driver driver;
    private final RuleBook rules;

    PropagationEngine(Driver driver, RuleBook rules) {
        this.driver = driver;
        this.rules = rules;
    }

    /** A party reached with the path (ids) that reaches it. */
    record Reach(String id, String type, String name, List<String> path) {
    }

    /** Whether a sanction is in force on a date, and why (not). */
    record Standing(boolean inForce, String status, String explanation) {

        static Standing of(SanctionFacts s, LocalDate asOf) {
            if (s.withdrawn()) {
                return new Standing(false, "WITHDRAWN", "the sanction was withdrawn and propagates nothing");
            }
            if (asOf.isBefore(s.effectiveFrom())) {
                return new Standing(false, "NOT_YET_EFFECTIVE", "the sanction takes effect on " + s.effectiveFrom());
            }
            if (s.effectiveTo() != null && asOf.isAfter(s.effectiveTo())) {
                return new Standing(false, "EXPIRED", "the sanction ended on " + s.effectiveTo());
            }
            return new Standing(true, "IN_FORCE", "in force from " + s.effectiveFrom()
                    + (s.effectiveTo() == null ? " with no end" : " to " + s.effectiveTo())
                    + (s.disputed() ? "; disputed: every measure is marked disputed" : ""));
        }
    }

    PropagationView propagate(SanctionFacts s, LocalDate asOf) {
        Standing standing = Standing.of(s, asOf);
        if (!standing.inForce()) {
            return new PropagationView(s.id(), asOf, false, standing.status(), standing.explanation(), List.of(), List.of());
        }
        List<Affected> affected = new ArrayList<>();
        List<Truncation> truncated = new ArrayList<>();
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                Map<String, List<Reach>> byRule = new HashMap<>();
                for (CompiledRule rule : rules.rules()) {
                    List<Reach> start;
                    if (rule.parent() == null) {
                        start = List.of(new Reach(s.subjectId(), s.subjectType(), s.subjectName(), List.of(s.subjectId())));
                    } else {
                        start = byRule.getOrDefault(rule.parent().id(), List.of());
                    }
                    if (start.isEmpty() || !rule.trigger().matches(s)) {
                        continue;
                    }
                    List<Reach> targets = run(tx, rule, s, asOf, start, truncated);
                    byRule.put(rule.id(), targets);
                    for (Reach t : targets) {
                        affected.add(new Affected(t.id(), t.type(), t.name(), rule.measure(), rule.id(),
                                t.path().size() - 1, t.path(), s.disputed(), rule.partnerMeasures()));
                    }
                }
                return null;
            });
        }
        return new PropagationView(s.id(), asOf, true, standing.status(), standing.explanation(),
                List.copyOf(affected), List.copyOf(truncated));
    }

    /** The targets of one rule from its start, one best path each, ordered by hops then id. */
    private List<Reach> run(TransactionContext tx, CompiledRule rule, SanctionFacts s, LocalDate asOf,
            List<Reach> start, List<Truncation> truncated) {
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
                    if (r.path().contains(to)) {
                        continue; // paths never come back to a party already on them
                    }
                    List<String> path = new ArrayList<>(r.path());
                    path.add(to);
                    Reach candidate = new Reach(to, row.get("toType").asString(null), row.get("toName").asString(null),
                            List.copyOf(path));
                    reached.merge(to, candidate, (a, b) -> BEST.compare(a, b) <= 0 ? a : b);
                }
            }
            frontier = reached.values().stream().sorted(Comparator.comparing(Reach::id)).toList();
            if (frontier.isEmpty()) {
                return List.of();
            }
        }
        return frontier.stream()
                .filter(r -> GraphModel.isOfType(r.type(), rule.target()))
                .filter(r -> !rule.otherThanSubject() || !r.id().equals(s.subjectId()))
                .sorted(Comparator.<Reach>comparingInt(r -> r.path().size()).thenComparing(Reach::id))
                .toList();
    }

    /**
     * The sanctions that may reach a party of type {@code type} on {@code asOf}: every hop of
     * every rule chain walked backwards with the same relationship, role and kind conditions and,
     * for query-date hops, the same windows. Decision-date windows depend on the sanction and are
     * left to the forward check, so the answer is a superset of the sanctions that really reach it.
     */
    TreeSet<String> candidates(String entityId, String type, LocalDate asOf) {
        TreeSet<String> found = new TreeSet<>();
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                for (CompiledRule rule : rules.rules()) {
                    if (!GraphModel.isOfType(type, rule.target())) {
                        continue;
                    }
                    List<String> frontier = List.of(entityId);
                    List<CompiledRule.Hop> chain = rule.chain();
                    for (int i = chain.size() - 1; i >= 1 && !frontier.isEmpty(); i--) {
                        CompiledRule.Hop hop = chain.get(i);
                        LocalDate date = hop.inForceOn() == InForceOn.QUERY_DATE ? asOf : null;
                        frontier = tx.run(hop.reverseQuery(), params(frontier, hop.reversed().name(), hop.roles(), date,
                                hop.toKinds(), hop.fromKinds(), Long.MAX_VALUE))
                                .list(row -> row.get("toId").asString()).stream().distinct().sorted().toList();
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
                    tx.run(first.reverseQuery(), Values.value(p)).forEachRemaining(row -> found.add(row.get("sanctionId").asString()));
                }
                return null;
            });
        }
        return found;
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
