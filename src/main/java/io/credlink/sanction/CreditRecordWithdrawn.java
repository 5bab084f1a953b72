package io.credlink.sanction;

/** Published after a credit record was withdrawn (by a regulator, or an upheld objection): it leaves the red list. */
public record CreditRecordWithdrawn(String recordId, String subjectId) {
}
