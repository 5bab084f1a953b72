package io.credlink.monitoring.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.access.AuditEvent;
import io.credlink.access.AuditTrail;
import io.credlink.access.CurrentUser;
import io.credlink.access.Pii;
import io.credlink.access.Role;
import io.credlink.monitoring.MonitoringProperties;
import io.credlink.monitoring.TargetRefused;
import io.credlink.monitoring.internal.MonitoringStore.DueDelivery;
import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox: one thread looks for due entries every {@code dispatch-interval}, and when
 * a committed notification's window closes ({@link #wakeAt}), POSTs
 * each notification signed with its subscription's secret, and stores the outcome — DELIVERED on a
 * 2xx answer, else another attempt after an exponential backoff with jitter, FAILED once
 * {@code retry-for} has passed since the notification. An entry is marked only after the call,
 * so one sent just before a crash is sent again after the restart (at least once; receivers
 * dedupe by id). Every attempt is in the audit trail, on behalf of the subscription's creator.
 */
@Component
class WebhookDispatcher {

    static final String SIGNATURE = "X-CredLink-Signature";
    static final String TIMESTAMP = "X-CredLink-Timestamp";

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 300;
    private static final int MAX_WAKES = 10_000;

    private final MonitoringStore store;
    private final TargetPolicy targets;
    private final AuditTrail audit;
    private final MonitoringProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    /** Epoch millis of the rounds asked for by {@link #wakeAt} and not run yet (bounded: the poll covers the rest). */
    private final TreeSet<Long> wakes = new TreeSet<>();
    private Thread thread;

    WebhookDispatcher(MonitoringStore store, TargetPolicy targets, AuditTrail audit, MonitoringProperties properties) {
        this.store = store;
        this.targets = targets;
        this.audit = audit;
        this.properties = properties;
        // never follow a redirect: it could lead to a target the policy refuses
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!properties.dispatcher() || thread != null) {
            return;
        }
        thread = new Thread(this::loop, "credlink-webhooks");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Asks for a round at {@code due} (when a notification just committed closes its window), so
     * that delivery follows the commit instead of waiting for the next poll. The poll every
     * {@code dispatch-interval} stays: it finds retries, and whatever a restart left in the outbox.
     */
    void wakeAt(OffsetDateTime due) {
        long at = due.toInstant().toEpochMilli();
        lock.lock();
        try {
            if (wakes.size() < MAX_WAKES && wakes.add(at) && wakes.first() == at) {
                wake.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        long every = properties.dispatchInterval().toMillis();
        long nextPoll = System.currentTimeMillis() + every;
        while (!Thread.currentThread().isInterrupted()) {
            lock.lock();
            try {
                long now = System.currentTimeMillis();
                while (now < nextRound(nextPoll)) {
                    wake.await(nextRound(nextPoll) - now, TimeUnit.MILLISECONDS);
                    now = System.currentTimeMillis();
                }
                wakes.headSet(now, true).clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            round();
            nextPoll = System.currentTimeMillis() + every;
        }
    }

    /** When the next round is due: the next poll, or an earlier wake-up asked for. */
    private long nextRound(long nextPoll) {
        return wakes.isEmpty() ? nextPoll : Math.min(nextPoll, wakes.first());
    }

    /** One round: every due entry, until none is due (a failure of the graph waits for the next round). */
    void round() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                var due = store.claimDue(properties.batchSize());
                due.forEach(this::deliver);
                if (due.size() < properties.batchSize()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook round failed, retried next round: {}", e.toString());
        }
    }

    private void deliver(DueDelivery d) {
        long attempts = d.attempts() + 1;
        boolean masked = Owners.masked(d.ownerKey());
        OffsetDateTime sentAt = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] body = body(d, masked, sentAt);
        Optional<String> error;
        int status = 0;
        String host = "";
        try {
            URI uri = targets.check(d.url());
            host = uri.getHost();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE, "sha256=" + sign(body, d.secret()))
                    .header(TIMESTAMP, Long.toString(sentAt.toEpochSecond()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (TargetRefused e) {
            error = Optional.of("target refused: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            error = Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String outcome;
        if (error.isEmpty()) {
            outcome = "DELIVERED";
            store.markDelivery(d.id(), outcome, attempts, null, now);
        } else {
            String message = error.get().length() > MAX_ERROR ? error.get().substring(0, MAX_ERROR) : error.get();
            boolean expired = !now.isBefore(d.createdAt().plus(properties.retryFor()));
            outcome = expired ? "FAILED" : "PENDING";
            store.markDelivery(d.id(), outcome, attempts, message, expired ? now : now.plus(backoff(attempts)));
        }
        auditDelivery(d, host, attempts, outcome, error.orElse(null), status);
    }

    /** The wait after {@code attempts} failed attempts: doubling from initial-backoff up to max-backoff, half of it random. */
    Duration backoff(long attempts) {
        long initial = Math.max(1, properties.initialBackoff().toMillis());
        long cap = Math.max(initial, properties.maxBackoff().toMillis());
        long base = attempts >= 40 ? cap : Math.min(cap, initial << Math.max(0, attempts - 1));
        long half = base / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private byte[] body(DueDelivery d, boolean masked, OffsetDateTime sentAt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", d.notificationId());
        payload.put("kind", d.kind());
        payload.put("at", d.at().toString());
        // an insurer's subscription carries what an insurer may see through the API
        payload.put("entityId", masked && Pii.isIdentifierId(d.entityId()) ? Pii.mask(d.entityId()) : d.entityId());
        payload.put("subjectIds", d.subjectIds().stream()
                .map(id -> masked && Pii.isIdentifierId(id) ? Pii.mask(id) : id).toList());
        payload.put("watchlistId", d.watchlistId());
        payload.put("summary", masked ? Pii.maskEmbeddedIdentifiers(d.summary(), id -> false) : d.summary());
        // the timestamp header repeated inside the signed body, so a replay cannot pass a fresh one
        payload.put("sentAt", Long.toString(sentAt.toEpochSecond()));
        return json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private void auditDelivery(DueDelivery d, String host, long attempts, String outcome, String error, int status) {
        try {
            Role role = Role.valueOf(d.createdByRole());
            Optional<String> org = d.ownerKey().startsWith("org:") ? Optional.of(d.ownerKey().substring(4))
                    : Optional.empty();
            CurrentUser user = new CurrentUser(d.createdBy(), role, org, Optional.empty());
            String purpose = "notification " + d.notificationId() + " to " + host + " attempt " + attempts + ": "
                    + outcome + (error == null ? "" : " (" + error + ")");
            // every party the body names: the watched one and the members of its entity the changes are about
            Set<String> named = new LinkedHashSet<>();
            named.add(d.entityId());
            named.addAll(d.subjectIds());
            for (String entityId : named) {
                audit.recordAs(user, new AuditEvent("webhook-delivery", entityId), purpose, status);
            }
        } catch (RuntimeException e) {
            log.error("Webhook delivery {} not audited", d.id(), e);
        }
    }
}
