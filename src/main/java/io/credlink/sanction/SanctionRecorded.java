package io.credlink.sanction;

/** Published after a sanction was recorded through the API. */
public record SanctionRecorded(String sanctionId, String subjectId, boolean blacklist) {
}
