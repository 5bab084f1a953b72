package io.credlink.credit;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Credit scores, their history, the grade summary and counterparty checks. Scores are stored by
 * recomputations; reads never compute the network part (see docs/credit-model.md, "asOf").
 */
public interface CreditService {

    /**
     * The score of a party on {@code asOf} (null: the stored current score). For another day the
     * own-record part is computed as of that day and the network part is the one stored on or
     * before it.
     */
    ScoreView score(String entityId, LocalDate asOf);

    /** The stored scores of a party, newest first. */
    ScoreHistoryView history(String entityId);

    /**
     * The stored current scores, lowest first, optionally of one party type and grade (null: all).
     * Type and grade are checked by the caller (the controller validates them).
     */
    ScorePageView scores(String type, String grade, int page, int size);

    /** Grade distribution and coverage per party type. */
    GradeSummaryView summary();

    /** Scores every party as of {@code asOf} and stores the scores. */
    RecomputationView recomputeAll(LocalDate asOf);

    /**
     * Scores the parties whose own records changed ({@code changedIds}) and every party whose
     * network exposure changed, as of {@code asOf}.
     */
    RecomputationView recomputeAround(Collection<String> changedIds, LocalDate asOf);

    /** Checks up to 1000 parties at once; unknown ids are reported per result. */
    CounterpartyCheckView check(CounterpartyCheckRequest request);
}
