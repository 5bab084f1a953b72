package io.credlink.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import io.credlink.access.CurrentUser;
import io.credlink.access.Role;

/** The authenticated principal: the user's role, orgId and entityId travel with it. */
final class CredLinkUserDetails implements UserDetails, CredentialsContainer {

    private final String name;
    private final Role role;
    private final String orgId;
    private final String entityId;
    private final boolean enabled;
    private String passwordHash;

    CredLinkUserDetails(StoredUser user) {
        this.name = user.name();
        this.role = user.role();
        this.orgId = user.orgId();
        this.entityId = user.entityId();
        this.enabled = user.enabled();
        this.passwordHash = user.passwordHash();
    }

    CurrentUser currentUser() {
        return new CurrentUser(name, role, Optional.ofNullable(orgId), Optional.ofNullable(entityId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "CredLinkUserDetails[name=" + name + ", role=" + role + "]";
    }
}
