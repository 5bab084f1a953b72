package io.credlink.credit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.credlink.registry.CreditLookup;
import io.credlink.registry.CreditSummary;

/** The registry's view of credit: the stored current score and grade of a party. */
@Component
class StoredCreditLookup implements CreditLookup {

    private final CreditQueries queries;

    StoredCreditLookup(CreditQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<CreditSummary> find(String entityId) {
        return Optional.ofNullable(queries.stored(List.of(entityId)).get(entityId))
                .map(s -> new CreditSummary(s.score(), s.grade()));
    }
}
