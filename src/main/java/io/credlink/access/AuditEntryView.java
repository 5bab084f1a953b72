package io.credlink.access;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param at       when the call was made (UTC)
 * @param actor    the user name
 * @param role     the user's role then
 * @param action   HTTP method and route pattern, e.g. {@code GET /api/v1/entities/{id}}, or a
 *                 module's own action name
 * @param entityId the entity the call was about (one entry per entity), null when none
 * @param purpose  the {@code X-Purpose} header of the call, null when not given
 * @param status   the HTTP status answered
 */
public record AuditEntryView(Instant at, String actor, Role role, String action, String entityId, String purpose,
        int status) {
}
