package io.credlink.access.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sign-in reads the :User node on every request (HTTP Basic, stateless): a change applies at once.
 * A name locked by {@link LoginAttempts} is answered with a locked account before any password
 * is checked (the same for existing and unknown names), so the sign-in fails with a
 * {@code LockedException}.
 */
@Component
class GraphUserDetailsService implements UserDetailsService {

    private final UserQueries users;
    private final LoginAttempts attempts;

    GraphUserDetailsService(UserQueries users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username != null && !username.isEmpty() && !attempts.lockRemaining(username).isZero()) {
            return new User(username, "", true, true, true, false, List.of(new SimpleGrantedAuthority("ROLE_LOCKED")));
        }
        return users.find(username).map(CredLinkUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
