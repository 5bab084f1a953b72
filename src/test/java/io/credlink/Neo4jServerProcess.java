package io.credlink;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.credlink.graph.StandaloneNeo4j;

/**
 * The project's DBMS ({@link StandaloneNeo4j}) in a JVM of its own, started from this JVM's class
 * path on a free port of loopback with a random password. It reads its standard input to the end,
 * so it exits when this JVM dies however it dies; {@link #close()} stops it with SIGTERM. Its log
 * goes to {@code target/external-neo4j-*.log}.
 */
public final class Neo4jServerProcess implements Neo4jServer {

    /** A bound against a hang, far above a start (measured 78–146 s on a 2-core machine at load 35–70). */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final Process process;
    private final Path home;
    private final URI boltUri;
    private final String password;
    private final Path log;

    private Neo4jServerProcess(Process process, Path home, URI boltUri, String password, Path log) {
        this.process = process;
        this.home = home;
        this.boltUri = boltUri;
        this.password = password;
        this.log = log;
    }

    /** Starts a DBMS on a temporary store that is deleted when it stops. */
    public static Neo4jServerProcess start() {
        try {
            Path home = Files.createTempDirectory("credlink-external-neo4j-");
            Path portFile = home.resolveSibling(home.getFileName() + ".bolt");
            Path target = Path.of("target");
            Path log = (Files.isDirectory(target) ? target : home.getParent())
                    .resolve("external-neo4j-" + ProcessHandle.current().pid() + "-" + STARTED.incrementAndGet() + ".log");
            String password = UUID.randomUUID().toString();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Xmx1g", "-XX:+UseParallelGC",
                    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), StandaloneNeo4j.class.getName(),
                    "--home", home.toString(), "--port", "0", "--page-cache", "128m", "--password", password,
                    "--port-file", portFile.toString(), "--delete-on-exit", "--exit-on-stdin-eof"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            URI uri;
            try {
                uri = awaitBolt(process, portFile, log);
            } catch (RuntimeException e) {
                deleteStore(home);
                throw e;
            } finally {
                Files.deleteIfExists(portFile);
            }
            return new Neo4jServerProcess(process, home, uri, password, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the external Neo4j process: " + e.getMessage(), e);
        }
    }

    private static URI awaitBolt(Process process, Path portFile, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                return URI.create(Files.readString(portFile, StandardCharsets.UTF_8).trim());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the external Neo4j process exited with " + process.exitValue()
                        + " before serving Bolt; its log " + log + ":\n" + tail(log));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the external Neo4j process started", e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the external Neo4j process served no Bolt within " + START_TIMEOUT + "; its log "
                + log + ":\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public URI boltUri() {
        return boltUri;
    }

    @Override
    public String user() {
        return "neo4j";
    }

    @Override
    public String password() {
        return password;
    }

    /** The process id, for tests that check it is not this JVM. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // a server that stopped cleanly deleted it itself
        deleteStore(home);
    }

    /** The store of a server that was killed or never started. */
    private static void deleteStore(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }

    @Override
    public String toString() {
        return "Neo4j process " + process.pid() + " at " + boltUri + " (log " + log + ")";
    }
}
