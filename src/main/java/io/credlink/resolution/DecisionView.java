package io.credlink.resolution;

import java.time.OffsetDateTime;

/**
 * A recorded decision and where it left the two parties.
 *
 * @param entityResolvedId the resolved entity of {@code entityId} after the decision
 * @param otherResolvedId  the resolved entity of {@code otherId} after the decision
 */
public record DecisionView(String id, String entityId, String otherId, Decision decision, String reason,
        String decidedBy, OffsetDateTime decidedAt, String entityResolvedId, String otherResolvedId) {
}
