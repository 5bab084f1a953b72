package io.credlink.credit;

import java.time.LocalDate;
import java.util.Collection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Credit scores, their history, the grade summary and counterparty checks. Scores are stored by
 * recomputations; reads never compute the network part (see docs/credit-model.md, "asOf"). After
 * a change in another module the scores catch up in the background ({@link #recomputations}).
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

    /**
     * The recomputation queue: runs after changes (pending, running, the newest finished ones)
     * with the changes that triggered them; {@code limit} runs at most.
     */
    RecomputationQueueView recomputations(@Min(1) @Max(1000) int limit);

    /**
     * Checks up to {@code credlink.credit.max-check-ids} parties at once; unknown ids are reported
     * per result. An invalid request fails Bean Validation (a ConstraintViolationException).
     */
    CounterpartyCheckView check(@NotNull @Valid CounterpartyCheckRequest request);
}
