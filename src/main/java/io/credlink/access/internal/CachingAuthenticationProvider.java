package io.credlink.access.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
    private final ConcurrentMap<String, Object> verifying = new ConcurrentHashMap<>();

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
            if (!cache.claimRefresh(name)) {
                return authenticated(cached, authentication);
            }
            try { // this request checks again ahead of expiry; the others are still served from the cache
                return verifyAndCache(name, password, authentication);
            } catch (AuthenticationException e) {
                cache.invalidate(name); // the password changed behind CredLink's back
                throw e;
            }
        }
        if (name == null || !cache.enabled()) {
            return delegate.authenticate(authentication);
        }
        // One BCrypt check per name at a time: when an entry expires, every concurrent request of
        // that user misses together, and each would otherwise pay a full BCrypt check at once
        // (32 clients × tens of ms of CPU on a small machine). Those behind the first find its result.
        String key = UserNames.canonical(name);
        Object lock = verifying.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            try {
                cached = cache.find(name, password);
                if (cached != null) {
                    return authenticated(cached, authentication);
                }
                return verifyAndCache(name, password, authentication);
            } finally {
                verifying.remove(key, lock);
            }
        }
    }

    private Authentication verifyAndCache(String name, String password, Authentication authentication) {
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof CredLinkUserDetails user && user.isEnabled()) {
            cache.put(name, password, user);
        }
        return result;
    }

    private static Authentication authenticated(CredLinkUserDetails user, Authentication request) {
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user,
                request.getCredentials(), user.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
