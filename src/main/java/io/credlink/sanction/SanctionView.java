package io.credlink.sanction;

import java.time.LocalDate;
import java.util.List;

/**
 * A recorded sanction with its due-process state and its history of changes.
 *
 * @param withdrawal who withdrew it, when and why; null while it stands
 * @param history    every change after recording, oldest first
 */
public record SanctionView(
        String id,
        String subjectId,
        String subjectType,
        String subjectName,
        String authority,
        SanctionKind kind,
        int severity,
        boolean blacklist,
        LocalDate decidedOn,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String reason,
        boolean disputed,
        boolean withdrawn,
        SanctionChangeView withdrawal,
        List<SanctionChangeView> history) {
}
