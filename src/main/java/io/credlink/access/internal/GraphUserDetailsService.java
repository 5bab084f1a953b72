package io.credlink.access.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Sign-in reads the :User node on every request (HTTP Basic, stateless): a change applies at once. */
@Component
class GraphUserDetailsService implements UserDetailsService {

    private final UserQueries users;

    GraphUserDetailsService(UserQueries users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username).map(CredLinkUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
