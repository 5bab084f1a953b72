package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * Kill -9 of the served application, on the sample data, compared with a run that was never
 * killed: the service is a child JVM, so the kill is real (no shutdown hook, no clean close).
 * <ol>
 * <li>Reads are answered and a sanction is recorded, and the process is killed at once after the
 * sanction's answer: after the restart every read a client got an answer for has its audit entry,
 * and the sanction's background recomputation runs by itself.</li>
 * <li>A full entity-resolution run is killed half-way (by the uninterrupted run's time); the client
 * runs it again.</li>
 * </ol>
 * The store then knows exactly what the uninterrupted store knows ({@link StoreFingerprint}). A
 * committed, undelivered notification is {@code MonitoringRestartTest}'s; bench/crash.sh does all
 * of it at any scale.
 */
class ServiceCrashRecoveryTest {

    static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    static final Duration STEP = Duration.ofMinutes(15);
    static final String SANCTION = """
            {"id": "SAN-CRASH", "subjectId": "CON000000518", "authority": "NFRA", "kind": "FINE",
             "severity": 2, "blacklist": false, "decidedOn": "2025-01-01", "effectiveFrom": "2025-01-01"}""";
    static final int READS = 600;

    @TempDir
    Path dir;

    final List<Process> processes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void answeredReadsARecordedSanctionAndAResolutionRunSurviveKills() throws Exception {
        // the uninterrupted run, beside the killed one (the two share nothing but the machine)
        ExecutorService uninterrupted = Executors.newSingleThreadExecutor();
        Future<Reference> reference = uninterrupted.submit(this::uninterruptedRun);
        uninterrupted.shutdown();

        // reads and a sanction, killed right after the sanction's answer
        Path store = dir.resolve("killed");
        Service first = start("first", store);
        List<String> ids = partyIds(first.http);
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger tried = new AtomicInteger();
        CountDownLatch someAnswered = new CountDownLatch(READS / 4);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < READS; i++) {
                String purpose = "crash-read-" + i;
                String id = ids.get(i % ids.size());
                readers.submit(() -> {
                    tried.incrementAndGet();
                    try {
                        Reply reply = first.http.send(first.http.request("GET", "/api/v1/entities/" + id,
                                AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD).header("X-Purpose", purpose).build());
                        if (reply.status() == 200) {
                            answered.add(purpose);
                            someAnswered.countDown();
                        }
                    } catch (RuntimeException killed) {
                        // no answer: the process is gone
                    }
                });
            }
            assertThat(someAnswered.await(STEP.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(first.http.postJsonAsAdmin("/api/v1/sanctions", SANCTION).status()).isEqualTo(201);
            first.kill();
        } finally {
            readers.shutdown();
            assertThat(readers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(answered).as("reads answered before the kill").hasSizeGreaterThanOrEqualTo(READS / 4);

        Service second = start("second", store);
        assertThat(audited(second.http)).as("purposes of the audit entries after the restart").containsAll(answered);
        awaitRecomputed(second.http);

        // a full resolution run killed half-way, then run again
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<?> killedRun = client.submit(() -> {
                try {
                    second.http.asAdmin("POST", "/api/v1/resolution/runs");
                } catch (RuntimeException killed) {
                    // no answer: the process is gone
                }
            });
            LockSupport.parkNanos(reference.get(2 * STEP.toMinutes(), TimeUnit.MINUTES).resolutionNanos() / 2);
            second.kill();
            killedRun.get(1, TimeUnit.MINUTES);
        } finally {
            client.shutdownNow();
        }
        Service third = start("third", store);
        Reply again = third.http.asAdmin("POST", "/api/v1/resolution/runs");
        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        third.stopCleanly();

        assertThat(fingerprint(store)).as("the store after the kills and the client's re-run")
                .isEqualTo(reference.get().fingerprint());
    }

    record Reference(long resolutionNanos, String fingerprint) {
    }

    /** The sanction, its recomputation and a full resolution run, never killed. */
    Reference uninterruptedRun() throws Exception {
        Path store = dir.resolve("reference");
        Service r = start("reference", store);
        partyIds(r.http);
        assertThat(r.http.postJsonAsAdmin("/api/v1/sanctions", SANCTION).status()).isEqualTo(201);
        awaitRecomputed(r.http);
        long t0 = System.nanoTime();
        Reply run = r.http.asAdmin("POST", "/api/v1/resolution/runs");
        long resolutionNanos = System.nanoTime() - t0;
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        r.stopCleanly();
        return new Reference(resolutionNanos, fingerprint(store));
    }

    /** Until a finished run of the recomputation queue holds the sanction's change. */
    static void awaitRecomputed(AccessFixtures http) {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode queue = http.asAdmin("GET", "/api/v1/credit/recomputations?limit=50").json();
            for (JsonNode run : queue.get("runs")) {
                boolean holds = false;
                for (JsonNode trigger : run.get("triggers")) {
                    holds |= trigger.asString().contains("SAN-CRASH ");
                }
                if (holds && run.get("state").asString().equals("DONE")) {
                    return;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("the sanction's recomputation did not finish: "
                + http.asAdmin("GET", "/api/v1/credit/recomputations?limit=50").raw().body());
    }

    /** Ids of scored parties, once there are some: the sample is imported after the port opens, then scored. */
    static List<String> partyIds(AccessFixtures http) {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (true) {
            Reply page = http.asAdmin("GET", "/api/v1/credit/scores?size=200");
            assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
            List<String> ids = new ArrayList<>();
            page.json().get("items").forEach(item -> ids.add(item.get("entityId").asString()));
            if (!ids.isEmpty() || System.nanoTime() > deadline) {
                assertThat(ids).as("scored parties of the sample").isNotEmpty();
                return ids;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    static Set<String> audited(AccessFixtures http) {
        Set<String> purposes = new HashSet<>();
        for (int page = 0;; page++) {
            Reply reply = http.asAdmin("GET", "/api/v1/audit?actor=admin&size=1000&page=" + page);
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
            JsonNode items = reply.json().get("items");
            items.forEach(item -> purposes.add(item.path("purpose").asString("")));
            if (items.size() < 1000) {
                return purposes;
            }
        }
    }

    record Service(Process process, AccessFixtures http) {

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        void stopCleanly() throws InterruptedException {
            process.destroy(); // SIGTERM: shutdown hooks close the store
            assertThat(process.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The service on {@code store} (the sample loaded into an empty one), once its health is UP. */
    Service start(String name, Path store) throws Exception {
        Path log = dir.resolve(name + ".log");
        Process process = new ProcessBuilder(java(List.of("--credlink.data-dir=" + store, "--server.port=0",
                "--credlink.security.bootstrap-admin-password=" + AccessFixtures.ADMIN_PASSWORD,
                "--credlink.security.rate-limit.enabled=false", "--credlink.ingest.load-sample=true",
                "--credlink.credit.check-read-model.enabled=false"))).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        processes.add(process);
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher m = PORT.matcher(read(log));
            if (m.find()) {
                AccessFixtures http = new AccessFixtures(Integer.parseInt(m.group(1)));
                if (up(http)) {
                    return new Service(process, http);
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new AssertionError(name + " did not start: " + tail(log));
    }

    static boolean up(AccessFixtures http) {
        try {
            Reply r = http.call("GET", "/actuator/health", null, null);
            return r.status() == 200 && r.raw().body().contains("UP");
        } catch (RuntimeException e) {
            return false;
        }
    }

    String fingerprint(Path store) throws Exception {
        Path log = dir.resolve("fingerprint-" + store.getFileName() + ".log");
        Process p = new ProcessBuilder(java(List.of("fingerprint", "--credlink.data-dir=" + store)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        assertThat(p.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).as(tail(log)).isTrue();
        assertThat(p.exitValue()).as(tail(log)).isZero();
        List<String> lines = read(log).lines().filter(l -> l.startsWith("nodes=")).toList();
        assertThat(lines).as(tail(log)).hasSize(1);
        return lines.get(0);
    }

    static List<String> java(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), CredLinkApplication.class.getName()));
        command.addAll(args);
        command.add("--credlink.neo4j.page-cache=64m");
        return command;
    }

    static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    static String tail(Path log) throws IOException {
        String text = read(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }
}
