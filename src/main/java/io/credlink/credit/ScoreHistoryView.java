package io.credlink.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The stored scores of a party, newest first: one entry per recomputation that changed it. */
public record ScoreHistoryView(String entityId, List<Entry> items) {

    /** One stored score with its network contribution. */
    public record Entry(LocalDate asOf, OffsetDateTime computedAt, int score, String grade, int network,
            List<ScoreView.Factor> factors) {
    }
}
