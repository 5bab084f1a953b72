package io.credlink.access;

/**
 * An entry a module appends itself, beyond what the HTTP capture records (e.g. "assembled the
 * credit report of X"). The user, role, time and purpose are those of the current request.
 *
 * @param action   what was done, e.g. {@code credit-report}
 * @param entityId the entity it was about
 */
public record AuditEvent(String action, String entityId) {
}
