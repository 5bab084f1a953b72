package io.credlink.access;

import java.time.Instant;

/**
 * A look-up in the audit trail; every filter is optional.
 *
 * @param entityId entries about this entity
 * @param actor    entries of this user
 * @param from     at or after this instant
 * @param to       before this instant
 * @param page     from 0
 * @param size     1..1000
 */
public record AuditQuery(String entityId, String actor, Instant from, Instant to, int page, int size) {
}
