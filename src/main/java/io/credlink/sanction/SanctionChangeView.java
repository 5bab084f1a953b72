package io.credlink.sanction;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One change to a recorded sanction.
 *
 * @param kind                WITHDRAWAL or EARLY_END
 * @param previousEffectiveTo the end before an early end (null = it was open-ended)
 * @param effectiveTo         the end after an early end
 */
public record SanctionChangeView(
        String kind,
        OffsetDateTime at,
        String by,
        String reason,
        LocalDate previousEffectiveTo,
        LocalDate effectiveTo) {
}
