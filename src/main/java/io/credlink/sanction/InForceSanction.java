package io.credlink.sanction;

import java.time.LocalDate;

/**
 * A sanction in force on the day asked about (see {@link SanctionService#inForce}): not withdrawn,
 * effective from on or before that day and not ended before it.
 */
public record InForceSanction(String sanctionId, String subjectId, SanctionKind kind, int severity, boolean blacklist,
        String authority, LocalDate effectiveFrom, LocalDate effectiveTo, boolean disputed) {

    /**
     * The rule, once in Java: a sanction is in force on {@code day} when it is not withdrawn and
     * {@code effectiveFrom ≤ day ≤ effectiveTo}, both days included, no end meaning none (no start:
     * never). Code holding sanction facts (the check read model, scoring) asks here;
     * {@code cypher/sanction/listInForceSanctions.cypher} states the same in Cypher.
     */
    public static boolean holdsOn(LocalDate effectiveFrom, LocalDate effectiveTo, boolean withdrawn, LocalDate day) {
        return !withdrawn && effectiveFrom != null && !day.isBefore(effectiveFrom)
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
