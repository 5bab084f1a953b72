package io.credlink.access;

import java.util.Optional;

/**
 * The signed-in user of the current request. Controllers declare a {@code CurrentUser}
 * parameter (resolved by the access module; 401 when nobody is signed in); services call
 * {@link UserService#currentUser()}.
 *
 * @param name     user name
 * @param role     its one role
 * @param orgId    the Insurer id of an INSURER user, else empty
 * @param entityId the party id of a SUBJECT user, else empty
 */
public record CurrentUser(String name, Role role, Optional<String> orgId, Optional<String> entityId) {

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }
}
