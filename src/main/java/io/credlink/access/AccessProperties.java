package io.credlink.access;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Security settings ({@code credlink.security.*}).
 *
 * @param bootstrapAdminPassword password of user {@code admin}; when set, {@code admin} exists with
 *                               role ADMIN and this password at every start (changing it here
 *                               changes it in the graph). Unset: a random one is generated and
 *                               printed once, on the first start only. The environment variable
 *                               {@code CREDLINK_BOOTSTRAP_ADMIN_PASSWORD} is mapped onto it in
 *                               application.properties (relaxed binding alone would expect
 *                               {@code CREDLINK_SECURITY_BOOTSTRAPADMINPASSWORD}).
 * @param minPasswordLength      shortest password accepted for a new user (default 12)
 * @param bcryptStrength         BCrypt log rounds of new hashes (default 10; 4..31)
 * @param lockout                sign-in lockout after repeated failures
 * @param rateLimit              requests per user (token bucket)
 * @param limits                 sizes of requests
 * @param audit                  the audit trail's writer
 * @param credentialCache        verified sign-ins kept for a while, so BCrypt and the user look-up
 *                               run once per TTL and not on every request
 * @param accessRequestValidity  how long an approved special-approval request lasts (default 24h)
 */
@Validated
@ConfigurationProperties("credlink.security")
public record AccessProperties(
        String bootstrapAdminPassword,
        @Min(8) @Max(72) @DefaultValue("12") int minPasswordLength,
        @Min(4) @Max(31) @DefaultValue("10") int bcryptStrength,
        @Valid @DefaultValue Lockout lockout,
        @Valid @DefaultValue RateLimit rateLimit,
        @Valid @DefaultValue Limits limits,
        @Valid @DefaultValue Audit audit,
        @Valid @DefaultValue CredentialCache credentialCache,
        @NotNull @DefaultValue("24h") Duration accessRequestValidity) {

    /**
     * @param maxFailures consecutive failed sign-ins of one user name before it is locked (default 5)
     * @param duration    how long the lock lasts (default 15m); a correct password is refused meanwhile
     */
    public record Lockout(@Min(1) @DefaultValue("5") int maxFailures, @NotNull @DefaultValue("15m") Duration duration) {
    }

    /**
     * @param enabled         whether requests are limited at all (default true)
     * @param capacity        burst: requests a user may make at once (default 300)
     * @param refillPerSecond requests per second a user may sustain (default 50)
     * @param users           other limits for named users (e.g. a batch account), by user name
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @Min(1) @DefaultValue("300") int capacity,
            @DecimalMin("0.001") @DefaultValue("50") double refillPerSecond, Map<String, @Valid Bucket> users) {

        public RateLimit {
            users = users == null ? Map.of() : Map.copyOf(users);
        }

        /**
         * The bucket of a user: its own when configured, else the default. Names compare in their
         * canonical form, as sign-in does ({@code Batch} configures {@code batch}).
         */
        public Bucket bucketOf(String user) {
            String key = io.credlink.access.internal.UserNames.canonical(user);
            for (Map.Entry<String, Bucket> e : users.entrySet()) {
                if (io.credlink.access.internal.UserNames.canonical(e.getKey()).equals(key)) {
                    return e.getValue();
                }
            }
            return new Bucket(capacity, refillPerSecond);
        }
    }

    /** A token bucket: {@code capacity} at once, refilled at {@code refillPerSecond}. */
    public record Bucket(@Min(1) int capacity, @DecimalMin("0.001") double refillPerSecond) {
    }

    /**
     * @param maxJsonBody largest JSON request body (default 1MB; 413 beyond)
     * @param maxPageSize largest {@code size} parameter of any endpoint (default 1000; 400 beyond)
     */
    public record Limits(@NotNull @DefaultValue("1MB") DataSize maxJsonBody,
            @Min(1) @DefaultValue("1000") int maxPageSize) {
    }

    /**
     * @param queueCapacity entries waiting to be written at most; when full, the request thread
     *                      writes its entry itself (nothing is dropped)
     * @param batchSize     entries per write transaction at most (group commit: one transaction
     *                      takes everything queued since the last one)
     * @param maxWait       how long a request waits for its entries to be committed (default
     *                      10s); an answer whose entries are not stored by then is refused (503)
     *                      when it has not been sent yet
     * @param writers       journal writer threads (default 1); with more, one takes what was queued
     *                      while another waits for its force to reach the disk
     * @param journalSegment size at which the audit journal ({@code <data-dir>/audit-journal}) starts
     *                      a new segment file (default 16MB); a segment is deleted once the graph
     *                      has all of its entries
     * @param replayInterval how long the replay thread gathers journaled entries before writing
     *                      them into the graph (default 1s; 0: at once). Longer means fewer, larger
     *                      graph transactions, which take less of the DBMS from the questions being
     *                      answered; a whole batch waiting is written at once. Durability does not
     *                      depend on it (an answer waits for its journal force), and a search of the
     *                      trail does not wait for it: it has the replay write what is journaled at once
     */
    public record Audit(@Min(1) @DefaultValue("10000") int queueCapacity, @Min(1) @DefaultValue("2000") int batchSize,
            @NotNull @DefaultValue("10s") Duration maxWait, @Min(1) @Max(8) @DefaultValue("1") int writers,
            @NotNull @DefaultValue("16MB") DataSize journalSegment, @NotNull @DefaultValue("1s") Duration replayInterval) {
    }

    /**
     * @param ttl        how long a verified name and password are accepted without checking them
     *                   again (default 60s; 0 turns the cache off). A change made through CredLink
     *                   (user created, admin password set) and a lockout apply at once; a change
     *                   made directly in the graph applies after at most this long.
     * @param maxEntries users kept at most (default 10000); beyond, new sign-ins are not cached
     *                   until expired entries are dropped
     */
    public record CredentialCache(@NotNull @DefaultValue("60s") Duration ttl,
            @Min(1) @DefaultValue("10000") int maxEntries) {
    }

    /** The configured bootstrap password, if any (blank counts as unset). */
    public Optional<String> bootstrapPassword() {
        return bootstrapAdminPassword == null || bootstrapAdminPassword.isBlank() ? Optional.empty()
                : Optional.of(bootstrapAdminPassword);
    }

    @Override
    public String toString() {
        return "AccessProperties[bootstrapAdminPassword=" + (bootstrapPassword().isPresent() ? "(set)" : "(unset)")
                + ", minPasswordLength=" + minPasswordLength + ", bcryptStrength=" + bcryptStrength + ", lockout="
                + lockout + ", rateLimit=" + rateLimit + ", limits=" + limits + ", audit=" + audit + ", credentialCache=" + credentialCache
                + ", accessRequestValidity=" + accessRequestValidity + "]";
    }
}
