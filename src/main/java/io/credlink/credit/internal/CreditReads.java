package io.credlink.credit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.GradeSummaryView;
import io.credlink.credit.ScoreHistoryView;
import io.credlink.credit.ScorePageView;
import io.credlink.credit.ScoreView;
import io.credlink.credit.ScoredPartyNotFound;

/**
 * Reads of stored scores: a score (for another day the own-record part is computed as of that day
 * and the network part is the one stored on or before it), the history and the grade summary.
 */
@Component
class CreditReads {

    private static final int HISTORY_LIMIT = 1000;

    private final CreditQueries queries;
    private final ScoringModel model;
    private final StoredJson json;

    CreditReads(CreditQueries queries, CreditProperties properties, StoredJson json) {
        this.queries = queries;
        this.model = new ScoringModel(properties);
        this.json = json;
    }

    ScoreView score(String entityId, LocalDate asOf) {
        CreditQueries.Stored stored = queries.stored(List.of(entityId)).get(entityId);
        if (stored != null && (asOf == null || asOf.equals(stored.asOf()))) {
            return new ScoreView(stored.entityId(), stored.entityType(), stored.score(), stored.grade(), stored.base(),
                    json.factors(stored.factors()), stored.asOf(), stored.blacklisted(), stored.computedAt());
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        ResolvedEntities entities = queries.resolvedEntities(List.of(entityId));
        Map<String, PartyFacts> own = queries.facts(entities.members(entityId), day);
        PartyFacts facts = ScoreWriter.entityFacts(List.of(entityId), own, entities).get(entityId);
        if (facts == null) {
            throw new ScoredPartyNotFound(entityId);
        }
        Optional<CreditQueries.StoredNetwork> network = queries.networkOn(entityId, day);
        Network n = network.map(s -> json.network(s.networkJson())).orElse(Network.NONE);
        ScoringModel.Result r = model.score(facts, day, n);
        return new ScoreView(r.entityId(), own.get(entityId).type(), r.score(), r.grade(), r.base(), r.factors(), day,
                r.blacklisted(), network.map(CreditQueries.StoredNetwork::computedAt).orElse(null));
    }

    ScoreHistoryView history(String entityId) {
        List<CreditQueries.HistoryRow> rows = queries.history(entityId, HISTORY_LIMIT);
        if (rows.isEmpty() && queries.facts(List.of(entityId), LocalDate.now()).isEmpty()) {
            throw new ScoredPartyNotFound(entityId);
        }
        return new ScoreHistoryView(entityId, rows.stream().map(h -> new ScoreHistoryView.Entry(h.asOf(), h.computedAt(),
                h.score(), h.grade(), h.network(), json.factors(h.factors()))).toList());
    }

    ScorePageView scores(String type, String grade, int page, int size) {
        List<ScorePageView.Item> items = queries.listStored(type, grade, (long) page * size, size).stream()
                .map(s -> new ScorePageView.Item(s.entityId(), s.entityType(), s.score(), s.grade(), s.network(),
                        json.factors(s.factors())))
                .toList();
        return new ScorePageView(items, page, size, queries.countStored(type, grade));
    }

    GradeSummaryView summary() {
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
}
