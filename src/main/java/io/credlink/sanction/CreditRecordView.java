package io.credlink.sanction;

import java.time.LocalDate;

/** A recorded credit record. */
public record CreditRecordView(
        String id,
        String subjectId,
        RecordKind kind,
        LocalDate date,
        int severity,
        String detail,
        boolean disputed) {
}
