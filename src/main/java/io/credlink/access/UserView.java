package io.credlink.access;

import java.time.Instant;

/** A user as the API shows it: never the password hash. */
public record UserView(String name, Role role, String orgId, String entityId, Instant createdAt, boolean enabled) {
}
