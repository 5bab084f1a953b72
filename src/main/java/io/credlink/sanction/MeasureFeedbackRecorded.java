package io.credlink.sanction;

/** Published after an implementing organisation reported applying a measure. */
public record MeasureFeedbackRecorded(String feedbackId, String sanctionId, String entityId, String measure,
        String implementedBy) {
}
