package io.credlink.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a recomputation did.
 *
 * @param mode        FULL (every party) or INCREMENTAL (a sanction's subject and the parties whose
 *                    network exposure changed)
 * @param asOf        the day scored
 * @param computedAt  when
 * @param scored      parties scored
 * @param changed     parties whose score, grade or network part changed (a history entry each)
 * @param riskSources parties the network exposure starts from
 * @param tookMs      wall time
 */
public record RecomputationView(String mode, LocalDate asOf, OffsetDateTime computedAt, long scored, long changed,
        long riskSources, long tookMs) {
}
