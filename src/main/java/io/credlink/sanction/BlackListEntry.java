package io.credlink.sanction;

import java.time.LocalDate;

/**
 * A party on the black list on a date, with the blacklisting sanction that puts it there (the
 * gravest, then the latest, when there are several). A resolved entity is one party: every member
 * is on the list, each with the entity's sanction and the member it is against
 * ({@code sanctionedId}). Personal id numbers are never part of it.
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
        boolean disputed,
        String sanctionedId,
        String resolvedId) {
}
