package io.credlink.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.credlink.access.AccessProperties;

/**
 * Sign-ins verified in the last {@code credlink.security.credential-cache.ttl}, by user name: the
 * principal and a salted SHA-256 of the password that was verified (never the password). Only a
 * successful BCrypt check puts an entry here; a different password for the same name misses and
 * is checked (and counted by {@link LoginAttempts}) as before. Entries are dropped when the user
 * is written through CredLink and when the name is locked.
 */
@Component
class CredentialCache {

    private final Duration ttl;
    private final Duration refreshWindow;
    /** The time entries expire by; tests pass a clock they move instead of waiting. */
    private final Clock clock;
    private final int maxEntries;
    /** Per-process salt: the digests in memory cannot be matched against a precomputed table. */
    private final byte[] salt = new byte[16];
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] digest, CredLinkUserDetails user, Instant expires, AtomicBoolean refreshing) {
    }

    @Autowired
    CredentialCache(AccessProperties properties) {
        this(properties.credentialCache().ttl(), properties.credentialCache().maxEntries(), Clock.systemUTC());
    }

    CredentialCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.refreshWindow = ttl.dividedBy(10);
        this.clock = clock;
        this.maxEntries = maxEntries;
        new SecureRandom().nextBytes(salt);
    }

    boolean enabled() {
        return !ttl.isNegative() && !ttl.isZero();
    }

    /** The principal verified with this very password within the TTL, or null. */
    CredLinkUserDetails find(String name, String password) {
        if (!enabled() || name == null || password == null) {
            return null;
        }
        Entry e = entries.get(key(name));
        if (e == null) {
            return null;
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(key(name), e);
            return null;
        }
        return MessageDigest.isEqual(e.digest(), digest(password)) ? e.user() : null;
    }

    /**
     * True for exactly one caller once the name's verified sign-in is in the last tenth of its TTL:
     * that caller checks the password again while everybody else is still served from the cache,
     * so a busy user never waits for BCrypt when the entry runs out.
     */
    boolean claimRefresh(String name) {
        Entry e = name == null ? null : entries.get(key(name));
        return e != null && Duration.between(clock.instant(), e.expires()).compareTo(refreshWindow) < 0
                && e.refreshing().compareAndSet(false, true);
    }

    /** Records a sign-in that BCrypt has just verified. */
    void put(String name, String password, CredLinkUserDetails user) {
        if (!enabled() || name == null || password == null) {
            return;
        }
        if (entries.size() >= maxEntries) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(key(name), new Entry(digest(password), user, clock.instant().plus(ttl), new AtomicBoolean()));
    }

    /** Forgets the name's verified sign-in (its password, role or lock changed). */
    void invalidate(String name) {
        if (name != null) {
            entries.remove(key(name));
        }
    }

    void invalidateAll() {
        entries.clear();
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The canonical name, as the :User look-up compares it: a write or lock of one spelling drops
     * the sign-in cached under any other.
     */
    private static String key(String name) {
        return UserNames.canonical(name);
    }
}
