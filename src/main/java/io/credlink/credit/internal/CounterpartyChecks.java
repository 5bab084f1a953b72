package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CounterpartyCheckView;
import io.credlink.credit.CounterpartyCheckView.ActiveSanction;
import io.credlink.credit.CounterpartyCheckView.Exposure;
import io.credlink.credit.CounterpartyCheckView.Restriction;
import io.credlink.credit.CreditProperties;
import io.credlink.registry.ResolutionLookup;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.SanctionService;

/**
 * Counterparty checks: stored score, sanctions in force, restrictions and nearby blacklisted
 * parties per id, from the {@link CheckReadModel} when it is current, else from the graph. The
 * request was validated on the facade (Bean Validation on {@link CounterpartyCheckRequest}).
 *
 * <p>A resolved entity (the registry's {@link ResolutionLookup}) is one party: a check reports
 * the sanctions, blacklisting and restrictions of every member, each naming its member, while
 * score, grade and exposures stay the checked party's own. The members of every id asked come
 * from one batched lookup per request; the rows of the other members are read with those of the
 * ids asked (the same read model look-ups or the same query), so a party alone costs that lookup
 * and nothing else. The restrictions of every restricted party of a check are asked of the
 * sanction module in one call, which reads them in one query while its projection is current.
 */
@Component
class CounterpartyChecks {

    private final CreditQueries queries;
    private final CheckReadModel readModel;
    private final CreditProperties properties;
    private final SanctionService sanctions;
    private final StoredJson json;
    private final ObjectProvider<ResolutionLookup> resolution;
    /** The lookup once found: checks are a hot path, a bean factory resolution per check is not free. */
    private volatile ResolutionLookup lookup;
    /** Parties that sanctions in force on a day (and not on the last full recomputation's day) restrict. */
    private final Map<LocalDate, Set<String>> newlyRestricted = new ConcurrentHashMap<>();

    CounterpartyChecks(CreditQueries queries, CheckReadModel readModel, CreditProperties properties,
            SanctionService sanctions, StoredJson json, ObjectProvider<ResolutionLookup> resolution) {
        this.queries = queries;
        this.readModel = readModel;
        this.properties = properties;
        this.sanctions = sanctions;
        this.json = json;
        this.resolution = resolution;
    }

    CounterpartyCheckView check(CounterpartyCheckRequest request) {
        return check(request, true);
    }

    /**
     * The check, from the read model when it is current and {@code useReadModel}, else from the
     * graph (tests compare both paths).
     */
    CounterpartyCheckView check(CounterpartyCheckRequest request, boolean useReadModel) {
        List<String> ids = request.ids();
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        Set<String> distinct = new LinkedHashSet<>(ids);
        Map<String, List<String>> members = othersResolvedWith(distinct);
        Set<String> read = distinct;
        if (!members.isEmpty()) {
            read = new LinkedHashSet<>(distinct);
            members.values().forEach(read::addAll);
        }
        Map<String, CreditQueries.CheckRow> fromModel = useReadModel ? readModel.rows(read, asOf) : null;
        Map<String, CreditQueries.CheckRow> rows = fromModel != null ? fromModel : fromGraph(read, asOf);
        Set<String> extra = newlyRestricted.computeIfAbsent(asOf, this::restrictedSinceLastFull);
        Map<String, RestrictionsView> restricted = restrictions(rows.values(), extra, asOf);
        List<CounterpartyCheckView.Result> results = new ArrayList<>();
        Map<String, CounterpartyCheckView.Result> done = new HashMap<>();
        for (String id : ids) {
            results.add(done.computeIfAbsent(id, k -> result(k, rows, members.get(k), restricted, asOf)));
        }
        return new CounterpartyCheckView(asOf, results);
    }

    /**
     * The restrictions of every row that can have any, asked of the sanction module in one call
     * (one read for the whole batch, not one per restricted party); parties it does not know are
     * left out.
     */
    private Map<String, RestrictionsView> restrictions(Collection<CreditQueries.CheckRow> rows, Set<String> extra,
            LocalDate asOf) {
        Set<String> ask = new LinkedHashSet<>();
        for (CreditQueries.CheckRow row : rows) {
            if (row.found() && (row.restricted() || extra.contains(row.id()))) {
                ask.add(row.id());
            }
        }
        return ask.isEmpty() ? Map.of() : sanctions.restrictions(ask, asOf);
    }

    /**
     * The members of the resolved entity of each id that has members besides itself (sorted, the
     * id included), in one lookup; parties alone are left out. Empty without entity resolution.
     */
    private Map<String, List<String>> othersResolvedWith(Set<String> ids) {
        ResolutionLookup lookup = this.lookup;
        if (lookup == null) {
            lookup = resolution.getIfAvailable();
            this.lookup = lookup;
        }
        if (lookup == null) {
            return Map.of();
        }
        Map<String, List<String>> out = new HashMap<>();
        lookup.members(List.copyOf(ids)).forEach((id, members) -> {
            if (members.size() > 1) {
                out.put(id, members.stream().sorted().toList());
            }
        });
        return out;
    }

    /** The rows from the graph, with the sanctions in force as the sanction module says. */
    Map<String, CreditQueries.CheckRow> fromGraph(Set<String> ids, LocalDate asOf) {
        Map<String, List<ActiveSanction>> active = new HashMap<>();
        for (InForceSanction s : sanctions.inForce(asOf, ids)) {
            active.computeIfAbsent(s.subjectId(), k -> new ArrayList<>()).add(new ActiveSanction(s.sanctionId(),
                    s.subjectId(), s.kind() == null ? null : s.kind().name(), s.severity(), s.blacklist(), s.authority(), s.effectiveFrom(), s.effectiveTo(),
                    s.disputed()));
        }
        Map<String, CreditQueries.CheckRow> rows = new HashMap<>();
        queries.check(ids).forEach((id, r) -> rows.put(id, new CreditQueries.CheckRow(r.id(), r.found(), r.type(), r.score(),
                r.grade(), r.exposures(), r.restricted(), active.getOrDefault(id, List.of()))));
        return rows;
    }

    /** Forgets what checks cached about sanctions that came into force (a sanction or the graph changed). */
    void forgetCachedRestrictions() {
        newlyRestricted.clear();
    }

    /**
     * The parties restricted on {@code day} by sanctions not in force on the last full
     * recomputation's day (whose restriction flags the stored scores already carry).
     */
    private Set<String> restrictedSinceLastFull(LocalDate day) {
        CreditQueries.Recomputation full = queries.recomputations().get("FULL");
        return sanctions.reachedByNewlyInForce(day, full == null ? null : full.asOf());
    }

    private CounterpartyCheckView.Result result(String id, Map<String, CreditQueries.CheckRow> rows, List<String> members,
            Map<String, RestrictionsView> restricted, LocalDate asOf) {
        CreditQueries.CheckRow row = rows.get(id);
        if (row == null || !row.found()) {
            return new CounterpartyCheckView.Result(id, null, false, null, null, null, false, List.of(), List.of(), List.of());
        }
        List<ActiveSanction> active = row.activeSanctions();
        List<Restriction> restrictions = restrictions(row, restricted);
        String resolvedId = id;
        if (members != null) {
            // the resolved id is the smallest member id (docs/resolution.md); own facts first, then each member's
            resolvedId = members.get(0);
            active = new ArrayList<>(active);
            restrictions = new ArrayList<>(restrictions);
            for (String member : members) {
                CreditQueries.CheckRow other = rows.get(member);
                if (member.equals(id) || other == null || !other.found()) {
                    continue;
                }
                active.addAll(other.activeSanctions());
                restrictions.addAll(restrictions(other, restricted));
            }
        }
        boolean blacklisted = active.stream().anyMatch(ActiveSanction::blacklist);
        Integer score = row.score();
        String grade = row.grade();
        if (blacklisted) {
            // the same person or firm blacklisted under another id is blacklisted: the cap holds for the entity
            score = score == null ? null : Math.min(score, properties.blacklistCap());
            grade = "D";
        }
        // most parties have none ("[]"); the others are read by a reader resolved once, not per check
        List<Exposure> exposures = json.exposures(row.exposures());
        return new CounterpartyCheckView.Result(row.id(), resolvedId, true, row.type(), score, grade, blacklisted, active,
                restrictions, exposures);
    }

    /** The measures in force on a party that are on it (its entity's answer names each member's), read with the batch. */
    private static List<Restriction> restrictions(CreditQueries.CheckRow row, Map<String, RestrictionsView> restricted) {
        RestrictionsView view = restricted.get(row.id());
        if (view == null) {
            return List.of(); // not restricted, or no longer a party
        }
        return view.restrictions().stream().filter(r -> row.id().equals(r.subjectId()))
                .map(r -> Restriction.of(row.id(), r)).toList();
    }
}
