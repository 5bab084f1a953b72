package io.credlink.fraud;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One alert: what a detector found, with the facts that a person can check.
 *
 * @param id         derived from the kind and the key entities, so a re-scan finds the same id
 * @param score      how strong the finding is, in [0,1]
 * @param entityIds  every entity the alert names (claims, policies, parties), sorted
 * @param evidence   the facts that triggered it (claims with dates and policies, the shared value,
 *                   the missing affiliation or contract, ...)
 * @param firstSeen  when a scan found it first
 * @param lastSeen   when a scan found it last
 * @param scanId     the last scan that found it
 * @param suppressed a dismissed case suppressed it: scans no longer count or list it
 */
public record AlertView(
        String id,
        AlertKind kind,
        double score,
        List<String> entityIds,
        Map<String, Object> evidence,
        OffsetDateTime firstSeen,
        OffsetDateTime lastSeen,
        String scanId,
        boolean suppressed) {
}
