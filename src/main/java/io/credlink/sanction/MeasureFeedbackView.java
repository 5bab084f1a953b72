package io.credlink.sanction;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Recorded feedback on a measure.
 *
 * @param rule       the rule that derived the measure; null for BLACKLIST (the sanctioned party)
 * @param recordedBy the user who recorded it
 */
public record MeasureFeedbackView(
        String id,
        String sanctionId,
        String entityId,
        String measure,
        String rule,
        FeedbackAction action,
        LocalDate date,
        String note,
        String implementedBy,
        String recordedBy,
        OffsetDateTime recordedAt) {
}
