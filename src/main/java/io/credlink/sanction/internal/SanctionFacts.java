package io.credlink.sanction.internal;

import java.time.LocalDate;

import io.credlink.sanction.SanctionKind;

/** What propagation needs to know about a sanction, recorded or proposed. */
record SanctionFacts(
        String id,
        String subjectId,
        String subjectType,
        String subjectName,
        SanctionKind kind,
        int severity,
        boolean blacklist,
        LocalDate decidedOn,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean withdrawn,
        boolean disputed) {
}
