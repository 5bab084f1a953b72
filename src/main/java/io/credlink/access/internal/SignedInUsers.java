package io.credlink.access.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import io.credlink.access.CurrentUser;

/** The signed-in user of the current thread's security context, if any. */
public final class SignedInUsers {

    private SignedInUsers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CredLinkUserDetails user) {
            return Optional.of(user.currentUser());
        }
        return Optional.empty();
    }
}
