package io.credlink.sanction;

/** Published after a credit record was withdrawn (an upheld objection): it leaves the red list. */
public record CreditRecordWithdrawn(String recordId, String subjectId) {
}
