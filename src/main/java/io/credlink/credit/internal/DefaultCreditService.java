package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CounterpartyCheckView;
import io.credlink.credit.CreditService;
import io.credlink.credit.GradeSummaryView;
import io.credlink.credit.RecomputationQueueView;
import io.credlink.credit.RecomputationView;
import io.credlink.credit.ScoreHistoryView;
import io.credlink.credit.ScorePageView;
import io.credlink.credit.ScoreView;

/**
 * The credit facade over its jobs: reads of stored scores ({@link CreditReads}), recomputations
 * ({@link Recomputations}, queued after changes by {@link RecomputationQueue}) and counterparty
 * checks ({@link CounterpartyChecks}). Requests are validated here by Bean Validation.
 */
@Service
@Validated
class DefaultCreditService implements CreditService {

    private final CreditReads reads;
    private final Recomputations recomputations;
    private final RecomputationQueue queue;
    private final CounterpartyChecks checks;

    DefaultCreditService(CreditReads reads, Recomputations recomputations, RecomputationQueue queue,
            CounterpartyChecks checks) {
        this.reads = reads;
        this.recomputations = recomputations;
        this.queue = queue;
        this.checks = checks;
    }

    @Override
    public ScoreView score(String entityId, LocalDate asOf) {
        return reads.score(entityId, asOf);
    }

    @Override
    public ScoreHistoryView history(String entityId) {
        return reads.history(entityId);
    }

    @Override
    public ScorePageView scores(String type, String grade, int page, int size) {
        return reads.scores(type, grade, page, size);
    }

    @Override
    public GradeSummaryView summary() {
        return reads.summary();
    }

    @Override
    public RecomputationView recomputeAll(LocalDate asOf) {
        return recomputations.all(asOf);
    }

    @Override
    public RecomputationView recomputeAround(Collection<String> changedIds, LocalDate asOf) {
        return recomputations.around(changedIds, asOf);
    }

    @Override
    public RecomputationQueueView recomputations(int limit) {
        return queue.view(limit);
    }

    @Override
    public CounterpartyCheckView check(CounterpartyCheckRequest request) {
        return checks.check(request);
    }

    /** How the last incremental recomputation came by its network part (IncrementalNetworkTest). */
    String lastNetwork() {
        return recomputations.lastNetwork();
    }
}
