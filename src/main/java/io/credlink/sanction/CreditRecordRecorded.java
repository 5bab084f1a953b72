package io.credlink.sanction;

/** Published after a credit record (complaint, award, red-list entry…) was recorded through the API. */
public record CreditRecordRecorded(String recordId, String subjectId) {
}
