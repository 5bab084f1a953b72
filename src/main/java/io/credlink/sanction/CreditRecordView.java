package io.credlink.sanction;

import java.time.LocalDate;

/**
 * A recorded credit record with its due-process state.
 *
 * @param disputed   an objection to it is open
 * @param withdrawn  withdrawn (an upheld objection): kept, but off the red list
 * @param withdrawal who withdrew it, when and why (kind WITHDRAWAL); null while it stands
 */
public record CreditRecordView(
        String id,
        String subjectId,
        RecordKind kind,
        LocalDate date,
        int severity,
        String detail,
        boolean disputed,
        boolean withdrawn,
        SanctionChangeView withdrawal) {
}
