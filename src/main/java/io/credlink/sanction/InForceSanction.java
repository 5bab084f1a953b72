package io.credlink.sanction;

import java.time.LocalDate;

/**
 * A sanction in force on the day asked about (see {@link SanctionService#inForce}): not withdrawn,
 * effective from on or before that day and not ended before it.
 */
public record InForceSanction(String sanctionId, String subjectId, SanctionKind kind, int severity, boolean blacklist,
        String authority, LocalDate effectiveFrom, LocalDate effectiveTo, boolean disputed) {
}
