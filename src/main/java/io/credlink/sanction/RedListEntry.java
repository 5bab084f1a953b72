package io.credlink.sanction;

import java.time.LocalDate;

/**
 * A party on the red list on a date, with its latest RED_LIST or AWARD record inside the window.
 * Personal id numbers are never part of it.
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
        String detail) {
}
