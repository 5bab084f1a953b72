package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.credlink.CredLinkApplication;

/**
 * Kill -9 of the served application right after a series of answers: every answer's audit entry
 * must be in the trail after the restart. The answers wait for the local audit journal, not for
 * the graph, so at the kill some entries are typically in the journal only; the restart writes
 * them into the graph before it serves. A child JVM, so the kill is real (no shutdown hook).
 */
class AuditCrashTest {

    private static final String PASSWORD = "crash-test-password";
    private static final Duration START = Duration.ofMinutes(8);

    @TempDir
    Path dir;

    final List<Process> processes = new ArrayList<>();
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void everyAnsweredReadIsInTheTrailAfterAKillAndARestart() throws Exception {
        Path store = dir.resolve("store");
        int port = freePort();
        Process served = start("served", store, port, "--credlink.security.audit.replay-interval=1h");
        awaitUp(served, port, "served");
        int answers = 300;
        String run = "crash-" + System.nanoTime();
        for (int i = 0; i < answers; i++) {
            HttpResponse<String> r = get(port, "/api/v1/entities/NO-SUCH-" + i, run + "-" + i);
            assertThat(r.statusCode()).isEqualTo(404);
        }
        served.destroyForcibly(); // SIGKILL, right after the last answer was read
        assertThat(served.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Process again = start("again", store, port, "--credlink.security.audit.replay-interval=0s");
        awaitUp(again, port, "again");
        // the served process replayed nothing (its replay interval is longer than the test): every
        // entry was in the journal only, and the restart wrote them into the graph
        Matcher replayed = Pattern.compile("Audit journal: (\\d+) entries written").matcher(read(dir.resolve("again.log")));
        assertThat(replayed.find()).as(tail(dir.resolve("again.log"))).isTrue();
        assertThat(Integer.parseInt(replayed.group(1))).isGreaterThanOrEqualTo(answers);
        HttpResponse<String> trail = get(port, "/api/v1/audit?actor=admin&size=1000", "check");
        assertThat(trail.statusCode()).isEqualTo(200);
        Set<String> found = new HashSet<>();
        Matcher purpose = Pattern.compile("\"purpose\"\\s*:\\s*\"(" + run + "-\\d+)\"").matcher(trail.body());
        while (purpose.find()) {
            found.add(purpose.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            if (!found.contains(run + "-" + i)) {
                missing.add(run + "-" + i);
            }
        }
        assertThat(missing).as("answered reads without an audit entry after the kill").isEmpty();
        assertThat(found).hasSize(answers);
    }

    private HttpResponse<String> get(int port, String path, String purpose) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Purpose", purpose).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitUp(Process p, int port, String name) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as(name + " died: " + tail(dir.resolve(name + ".log"))).isTrue();
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " not up within " + START + ": " + tail(dir.resolve(name + ".log")));
    }

    private Process start(String name, Path store, int port, String replay) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CredLinkApplication.class.getName(),
                "--credlink.data-dir=" + store, "--credlink.ingest.load-sample=false", "--server.port=" + port,
                "--server.address=127.0.0.1", "--credlink.security.bootstrap-admin-password=" + PASSWORD,
                "--credlink.security.bcrypt-strength=4", "--credlink.security.rate-limit.enabled=false",
                "--credlink.neo4j.page-cache=64m", "--logging.level.io.credlink=INFO", replay));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static String tail(Path log) throws IOException {
        String text = read(log);
        return text.substring(Math.max(0, text.length() - 3000));
    }
}
