package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CounterpartyCheckView;
import io.credlink.credit.CounterpartyCheckView.ActiveSanction;
import io.credlink.credit.CounterpartyCheckView.Exposure;
import io.credlink.credit.CreditProperties;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.PartyNotFound;
import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.SanctionService;

/**
 * Counterparty checks: stored score, sanctions in force, restrictions and nearby blacklisted
 * parties per id, from the {@link CheckReadModel} when it is current, else from the graph. The
 * request was validated on the facade (Bean Validation on {@link CounterpartyCheckRequest}).
 */
@Component
class CounterpartyChecks {

    private final CreditQueries queries;
    private final CheckReadModel readModel;
    private final CreditProperties properties;
    private final SanctionService sanctions;
    private final StoredJson json;
    /** Parties that sanctions in force on a day (and not on the last full recomputation's day) restrict. */
    private final Map<LocalDate, Set<String>> newlyRestricted = new ConcurrentHashMap<>();

    CounterpartyChecks(CreditQueries queries, CheckReadModel readModel, CreditProperties properties,
            SanctionService sanctions, StoredJson json) {
        this.queries = queries;
        this.readModel = readModel;
        this.properties = properties;
        this.sanctions = sanctions;
        this.json = json;
    }

    CounterpartyCheckView check(CounterpartyCheckRequest request) {
        List<String> ids = request.ids();
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        Set<String> distinct = new LinkedHashSet<>(ids);
        Map<String, CreditQueries.CheckRow> fromModel = readModel.rows(distinct, asOf);
        Map<String, CreditQueries.CheckRow> rows = fromModel != null ? fromModel : fromGraph(distinct, asOf);
        Set<String> extra = newlyRestricted.computeIfAbsent(asOf, this::restrictedSinceLastFull);
        List<CounterpartyCheckView.Result> results = new ArrayList<>();
        Map<String, CounterpartyCheckView.Result> done = new HashMap<>();
        for (String id : ids) {
            results.add(done.computeIfAbsent(id, k -> result(rows.get(k), extra, asOf)));
        }
        return new CounterpartyCheckView(asOf, results);
    }

    /** The rows from the graph, with the sanctions in force as the sanction module says. */
    Map<String, CreditQueries.CheckRow> fromGraph(Set<String> ids, LocalDate asOf) {
        Map<String, List<ActiveSanction>> active = new HashMap<>();
        for (InForceSanction s : sanctions.inForce(asOf, ids)) {
            active.computeIfAbsent(s.subjectId(), k -> new ArrayList<>()).add(new ActiveSanction(s.sanctionId(),
                    s.kind() == null ? null : s.kind().name(), s.severity(), s.blacklist(), s.authority(), s.effectiveFrom(), s.effectiveTo(),
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
        Set<String> inForce = sanctionIds(sanctions.inForce(day, null));
        CreditQueries.Recomputation full = queries.recomputations().get("FULL");
        if (full != null) {
            inForce.removeAll(sanctionIds(sanctions.inForce(full.asOf(), null)));
        }
        return sanctions.reachedParties(inForce, day);
    }

    private static Set<String> sanctionIds(List<InForceSanction> list) {
        return list.stream().map(InForceSanction::sanctionId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private CounterpartyCheckView.Result result(CreditQueries.CheckRow row, Set<String> extra, LocalDate asOf) {
        if (row == null || !row.found()) {
            return new CounterpartyCheckView.Result(row == null ? null : row.id(), false, null, null, null, false, List.of(),
                    List.of(), List.of());
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
        List<Exposure> exposures = json.exposures(row.exposures());
        return new CounterpartyCheckView.Result(row.id(), true, row.type(), score, grade, blacklisted, active, restrictions,
                exposures);
    }
}
