package io.credlink.resolution;

import java.time.OffsetDateTime;

/**
 * A person's decision as recorded, on the pair {@code entityId < otherId}.
 *
 * @param superseded true when a later decision on the same pair replaced it (the latest one holds)
 */
public record RecordedDecision(String id, String entityId, String otherId, Decision decision, String reason,
        String decidedBy, OffsetDateTime decidedAt, boolean superseded) {
}
