package io.credlink.credit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Grade distribution and credit-record coverage per party type.
 *
 * @param computedAt the last recomputation the stored grades come from (null: none yet)
 * @param types      one row per party type
 * @param coverageTargets the credit plans' coverage targets (0.80, then 0.95)
 */
public record GradeSummaryView(OffsetDateTime computedAt, List<TypeSummary> types, List<Double> coverageTargets) {

    /**
     * @param type        party type
     * @param parties     parties of the type in the graph
     * @param scored      parties with a stored score
     * @param grades      stored scores per grade (A, B, C, D: all four present)
     * @param withRecords parties with at least one credit record or sanction about them
     * @param coverage    withRecords / parties (0 when there are no parties)
     */
    public record TypeSummary(String type, long parties, long scored, Map<String, Long> grades, long withRecords,
            double coverage) {
    }
}
