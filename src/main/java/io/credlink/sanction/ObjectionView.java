package io.credlink.sanction;

import java.time.OffsetDateTime;

/**
 * An objection with its resolution and the current state of the item objected to.
 *
 * @param itemType       SANCTION or RECORD
 * @param subjectId      the party the item is about (the subject who objected)
 * @param resolvedBy     the regulator who resolved it; null while open (also resolvedAt, resolutionNote)
 * @param itemDisputed   whether the item is marked disputed now
 * @param itemWithdrawn  whether the item is withdrawn now
 */
public record ObjectionView(
        String id,
        String itemId,
        String itemType,
        String subjectId,
        String reason,
        ObjectionStatus status,
        String filedBy,
        OffsetDateTime filedAt,
        String resolvedBy,
        OffsetDateTime resolvedAt,
        String resolutionNote,
        boolean itemDisputed,
        boolean itemWithdrawn) {
}
