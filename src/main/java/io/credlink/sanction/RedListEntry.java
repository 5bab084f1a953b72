package io.credlink.sanction;

import java.time.LocalDate;

/**
 * A party on the red list on a date, with its latest RED_LIST or AWARD record inside the window.
 * A resolved entity is one party: every member is on the list (or none, when a member is
 * blacklisted), each with the entity's latest record and the member it is about
 * ({@code recordSubjectId}). Personal id numbers are never part of it.
 */
public record RedListEntry(
        String partyId,
        String name,
        String type,
        String licenseNo,
        String recordId,
        RecordKind recordKind,
        LocalDate date,
        int severity,
        String detail,
        String recordSubjectId,
        String resolvedId) {
}
