package io.credlink.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.CredLinkApplication;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * At least once across a crash: the service runs as a child JVM on a store in a temporary
 * directory with its dispatcher off, a sanction commits a notification and its outbox entry, the
 * process is killed with SIGKILL, and the restarted service (dispatcher on) delivers the entry to
 * a receiver on loopback.
 */
class MonitoringRestartTest {

    static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    static final Duration START = Duration.ofMinutes(4);
    static final String SECRET = "restart-test-secret-0123456789";

    @TempDir
    Path dir;

    final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    /** Starts the service on the store in {@code dir}; returns its HTTP port once it is UP. */
    int start(String name, boolean dispatcher) throws Exception {
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), CredLinkApplication.class.getName(),
                "--credlink.data-dir=" + dir.resolve("data"), "--server.port=0", "--credlink.neo4j.page-cache=64m",
                "--credlink.security.bootstrap-admin-password=" + AccessFixtures.ADMIN_PASSWORD,
                "--credlink.monitoring.allowed-hosts=127.0.0.1", "--credlink.monitoring.dedup-window=0s",
                "--credlink.monitoring.dispatch-interval=100ms", "--credlink.monitoring.dispatcher=" + dispatcher,
                "--credlink.ingest.load-sample=true", "--credlink.credit.check-read-model.enabled=false"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher m = PORT.matcher(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                if (up(port)) {
                    return port;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new AssertionError("service did not start: " + tail(log));
    }

    static boolean up(int port) {
        try {
            Reply r = new AccessFixtures(port).call("GET", "/actuator/health", null, null);
            return r.status() == 200 && r.raw().body().contains("UP");
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Test
    void anOutboxEntryCommittedBeforeAKillIsDeliveredAfterTheRestart() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            int port = start("first", false);
            AccessFixtures http = new AccessFixtures(port);
            Reply list = http.postJsonAsAdmin("/api/v1/watchlists",
                    "{\"name\": \"restart\", \"entityIds\": [\"CON000000518\"]}");
            assertThat(list.status()).as(list.raw().body()).isEqualTo(201);
            String listId = list.json().get("id").asString();
            Reply sub = http.postJsonAsAdmin("/api/v1/subscriptions", "{\"watchlistId\": \"" + listId
                    + "\", \"events\": [\"SANCTION_RECORDED\"], \"url\": \"" + receiver.url("/restart")
                    + "\", \"secret\": \"" + SECRET + "\"}");
            assertThat(sub.status()).as(sub.raw().body()).isEqualTo(201);
            Reply sanction = http.postJsonAsAdmin("/api/v1/sanctions", """
                    {"id": "SAN-RESTART", "subjectId": "CON000000518", "authority": "NFRA", "kind": "FINE",
                     "severity": 2, "blacklist": false, "decidedOn": "2025-01-01", "effectiveFrom": "2025-01-01"}""");
            assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);
            // the notification is written after the sanction's commit, by its event's listener
            JsonNode before = MonitoringHttpTest.eventually(
                    () -> http.asAdmin("GET", "/api/v1/notifications?watchlistId=" + listId).json(),
                    n -> n.get("total").asLong() > 0);
            assertThat(before.get("total").asLong()).isEqualTo(1);
            assertThat(before.get("items").get(0).get("delivery").get("status").asString()).isEqualTo("PENDING");
            String notificationId = before.get("items").get(0).get("id").asString();

            Process first = processes.get(0);
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean store close
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(receiver.pending()).isZero();

            start("second", true);
            WebhookReceiver.Call call = receiver.next(Duration.ofMinutes(1));
            assertThat(call).as("the delivery after the restart").isNotNull();
            JsonNode body = JsonMapper.builder().build().readTree(call.text());
            assertThat(body.get("id").asString()).isEqualTo(notificationId);
            assertThat(body.get("kind").asString()).isEqualTo("SANCTION_RECORDED");
            assertThat(call.headers().get("X-CredLink-Signature")).startsWith("sha256=");
        }
    }
}
