package io.credlink.sanction;

import java.time.LocalDate;

/**
 * A party on the black list on a date, with the blacklisting sanction that puts it there (the
 * gravest, then the latest, when there are several). Personal id numbers are never part of it.
 */
public record BlackListEntry(
        String partyId,
        String name,
        String type,
        String licenseNo,
        String sanctionId,
        String authority,
        SanctionKind kind,
        int severity,
        String reason,
        LocalDate decidedOn,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        boolean disputed) {
}
