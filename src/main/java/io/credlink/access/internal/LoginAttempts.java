package io.credlink.access.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import io.credlink.access.AccessProperties;

/**
 * Counts consecutive failed sign-ins per user name ({@code credlink.security.lockout.*}); after
 * {@code maxFailures} the name is locked for {@code duration}, whether or not such a user exists
 * (so a lock tells nothing about existence). A successful sign-in resets the count. Only the name
 * is kept and logged, never a password.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    /** Beyond this many tracked names, entries that are not locked are forgotten. */
    private static final int MAX_TRACKED = 100_000;

    private final AccessProperties.Lockout settings;
    private final ConcurrentMap<String, State> states = new ConcurrentHashMap<>();

    private record State(int failures, long lockedUntilNanos) {
    }

    LoginAttempts(AccessProperties properties) {
        this.settings = properties.lockout();
    }

    /** Remaining lock of this name, or zero when it may sign in. */
    Duration lockRemaining(String name) {
        if (name == null) {
            return Duration.ZERO;
        }
        State s = states.get(key(name));
        if (s == null || s.lockedUntilNanos == 0) {
            return Duration.ZERO;
        }
        long left = s.lockedUntilNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (name == null || name.isBlank()) {
            return;
        }
        if (states.size() > MAX_TRACKED) {
            long now = System.nanoTime();
            states.values().removeIf(s -> s.lockedUntilNanos == 0 || s.lockedUntilNanos - now < 0);
        }
        State next = states.compute(key(name), (k, s) -> {
            long now = System.nanoTime();
            int failures = s == null || s.lockedUntilNanos != 0 && s.lockedUntilNanos - now <= 0 ? 1 : s.failures + 1;
            long until = failures >= settings.maxFailures() ? now + settings.duration().toNanos() : 0;
            return new State(failures, until);
        });
        if (next.failures == settings.maxFailures()) {
            log.warn("Sign-in of '{}' locked for {} after {} failed attempts", printable(name), settings.duration(),
                    next.failures);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        states.remove(key(event.getAuthentication().getName()));
    }

    /** The canonical name: every spelling that signs in to one user shares its count and its lock. */
    private static String key(String name) {
        return UserNames.canonical(name);
    }

    private static String printable(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
