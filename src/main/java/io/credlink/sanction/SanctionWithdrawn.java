package io.credlink.sanction;

/** Published after a sanction was withdrawn. */
public record SanctionWithdrawn(String sanctionId, String subjectId) {
}
