package io.credlink.access;

import java.time.Instant;

/**
 * A special-approval request.
 *
 * @param status    PENDING, APPROVED (until expiresAt), REJECTED or EXPIRED
 * @param expiresAt end of an approval; null otherwise
 */
public record AccessRequestView(String id, String entityId, AccessScope scope, String purpose,
        AccessRequestStatus status, String requestedBy, String orgId, Instant requestedAt, String decidedBy,
        Instant decidedAt, String decisionReason, Instant expiresAt) {
}
