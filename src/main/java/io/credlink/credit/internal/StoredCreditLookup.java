package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.credlink.registry.CreditLookup;
import io.credlink.registry.CreditSummary;

/**
 * The registry's view of credit: the stored current score and grade of a party, from the
 * {@link CheckReadModel} in memory while it is current (an entity look-up then costs no round
 * trip for its credit), else from the graph.
 */
@Component
class StoredCreditLookup implements CreditLookup {

    private final CreditQueries queries;
    private final CheckReadModel readModel;

    StoredCreditLookup(CreditQueries queries, CheckReadModel readModel) {
        this.queries = queries;
        this.readModel = readModel;
    }

    @Override
    public Optional<CreditSummary> find(String entityId) {
        // the day only selects the sanctions in force, which a summary does not show
        Map<String, CreditQueries.CheckRow> rows = readModel.rows(List.of(entityId), LocalDate.now());
        if (rows != null) {
            CreditQueries.CheckRow row = rows.get(entityId);
            return row == null || !row.found() || row.score() == null ? Optional.empty()
                    : Optional.of(new CreditSummary(row.score(), row.grade()));
        }
        return Optional.ofNullable(queries.stored(List.of(entityId)).get(entityId))
                .map(s -> new CreditSummary(s.score(), s.grade()));
    }
}
