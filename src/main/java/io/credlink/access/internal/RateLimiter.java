package io.credlink.access.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

import io.credlink.access.AccessProperties;

/**
 * A token bucket per signed-in user ({@code credlink.security.rate-limit.*}): a user may make
 * {@code capacity} requests at once and {@code refillPerSecond} per second on average. Kept in
 * memory, per instance; the number of buckets is bounded by the number of users.
 */
@Component
class RateLimiter {

    private final AccessProperties.RateLimit settings;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(AccessProperties properties) {
        this.settings = properties.rateLimit();
    }

    /** 0 when the request may go ahead, else the seconds to wait for the next token (at least 1). */
    long acquire(String user) {
        if (!settings.enabled()) {
            return 0;
        }
        // keyed by the canonical name: every spelling of one user draws on one bucket
        return buckets.computeIfAbsent(UserNames.canonical(user), u -> new Bucket(settings.bucketOf(u)))
                .take(System.nanoTime());
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(AccessProperties.Bucket config) {
            this.capacity = config.capacity();
            this.perNano = config.refillPerSecond() / 1e9;
            this.tokens = capacity;
            this.last = System.nanoTime();
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanos = (1 - tokens) / perNano;
            return Math.max(1, (long) Math.ceil(nanos / 1e9));
        }
    }
}
