package io.credlink.access.internal;

import java.time.Instant;

import io.credlink.access.Role;
import io.credlink.access.UserView;

/** A :User node as stored, hash included; never leaves the access module. */
public record StoredUser(String name, String passwordHash, Role role, String orgId, String entityId,
        Instant createdAt, boolean enabled) {

    public UserView view() {
        return new UserView(name, role, orgId, entityId, createdAt, enabled);
    }

    @Override
    public String toString() {
        return "StoredUser[name=" + name + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
