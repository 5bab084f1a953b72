package io.credlink.sanction;

import java.time.LocalDate;

/** Published after a sanction was ended early (credit repair). */
public record SanctionEndedEarly(String sanctionId, String subjectId, LocalDate effectiveTo) {
}
