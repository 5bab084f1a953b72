package io.credlink.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic sign-in: the user look-up and BCrypt check of {@link DaoAuthenticationProvider},
 * skipped when the same name and password were verified within the credential cache's TTL.
 * A locked name never reaches the cache (its entry is dropped and the look-up answers a locked
 * account), and only a verified password is ever cached, so lockout counts every wrong password.
 */
@Component
class CachingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final CredentialCache cache;
    private final LoginAttempts attempts;

    CachingAuthenticationProvider(GraphUserDetailsService users, PasswordEncoder encoder, CredentialCache cache,
            LoginAttempts attempts) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.cache = cache;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        if (name != null && !attempts.lockRemaining(name).isZero()) {
            cache.invalidate(name);
            return delegate.authenticate(authentication);
        }
        CredLinkUserDetails cached = cache.find(name, password);
        if (cached != null) {
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(cached,
                    authentication.getCredentials(), cached.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof CredLinkUserDetails user && user.isEnabled()) {
            cache.put(name, password, user);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
