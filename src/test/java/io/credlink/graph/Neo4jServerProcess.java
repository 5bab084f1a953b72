package io.credlink.graph;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The project's DBMS as a server of its own: run in a separate JVM by a test, it starts on the
 * store directory given with Bolt on a free loopback port, prints {@code BOLT <port>} and serves
 * until its standard input closes (the test ends it, or dies).
 */
public final class Neo4jServerProcess {

    private Neo4jServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(Path.of(args[0]), "127.0.0.1", 0, "64m", true, false)) {
            System.out.println("BOLT " + server.boltUri().getPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our input
            }
        }
    }

    /** Starts one in a child JVM on the test class path; close the answer to stop it. */
    public static Running start(Path store) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Neo4jServerProcess.class.getName(),
                store.toString());
        pb.redirectErrorStream(true);
        Process process = pb.start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line; (line = out.readLine()) != null;) {
            log.append(line).append('\n');
            if (line.startsWith("BOLT ")) {
                int port = Integer.parseInt(line.substring(5).trim());
                // keep draining its log so that it never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discarded
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                }, "neo4j-server-process-log");
                drain.setDaemon(true);
                drain.start();
                return new Running(process, port);
            }
        }
        throw new IllegalStateException("the Neo4j server process ended before it served (exit " + waitFor(process) + "):\n"
                + log);
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A server process and its Bolt port. */
    public record Running(Process process, int port) implements AutoCloseable {

        public String boltUri() {
            return "bolt://127.0.0.1:" + port;
        }

        @Override
        public void close() {
            try {
                process.getOutputStream().close(); // ends its serve loop: a clean shutdown
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }
}
