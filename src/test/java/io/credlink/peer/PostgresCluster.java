package io.credlink.peer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for the side-by-side questions: {@code initdb} into a temporary
 * directory, started on 127.0.0.1 on a free port (its unix socket in the same directory), trust
 * authentication for loopback, fsync and every other durability setting left at the defaults;
 * {@link #close()} stops it and deletes the directory. The binaries are found at run time:
 * {@code PG_BIN} when set, else the newest {@code /usr/lib/postgresql/<version>/bin} (Debian's
 * layout), else {@code initdb} on the {@code PATH}. PostgreSQL refuses to run as root, so under
 * root the server runs as the {@code postgres} system user that Debian's package creates.
 */
public final class PostgresCluster implements AutoCloseable {

    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dir;
    private final int port;
    private final List<String> runAs;

    private PostgresCluster(Path bin, Path dir, int port, List<String> runAs) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.runAs = runAs;
    }

    /** The directory holding initdb, pg_ctl and postgres, when PostgreSQL is installed. */
    public static Optional<Path> findBinaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(d -> Files.isExecutable(d.resolve("initdb")));
        }
        if (Files.isDirectory(DEBIAN_VERSIONS)) {
            try (DirectoryStream<Path> versions = Files.newDirectoryStream(DEBIAN_VERSIONS)) {
                List<Path> found = new ArrayList<>();
                versions.forEach(v -> {
                    if (Files.isExecutable(v.resolve("bin/initdb")) && Files.isExecutable(v.resolve("bin/pg_ctl"))) {
                        found.add(v.resolve("bin"));
                    }
                });
                Optional<Path> newest = found.stream().max(Comparator.comparing(PostgresCluster::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to PATH
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .filter(d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
                .findFirst();
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** initdb and start in a new temporary directory; the caller closes it. */
    public static PostgresCluster start(Path bin) throws IOException, InterruptedException {
        return start(bin, Files.createTempDirectory("credlink-peer-pg-"));
    }

    /**
     * initdb into {@code dir/data} and start; the caller closes it. A script that must stop the
     * server even when this JVM is killed runs {@code pg_ctl -D dir/data stop} itself.
     */
    public static PostgresCluster start(Path bin, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> runAs = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            runAs = List.of("runuser", "-u", "postgres", "--");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PostgresCluster cluster = new PostgresCluster(bin, dir, port, runAs);
        try {
            cluster.run("initdb", "-D", dir.resolve("data").toString(), "-U", "credlink", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions");
            cluster.run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-t", "120", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir
                            + " -c shared_buffers=256MB -c work_mem=16MB -c max_connections=100",
                    "start");
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(runAs);
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("credlink-peer-" + tool + "-", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(tool + " did not finish in 180 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(tool + " failed (exit " + p.exitValue() + "): " + Files.readString(log).strip());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=credlink";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    @Override
    public void close() {
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind in the temp directory
                }
            });
        } catch (IOException e) {
            // nothing to delete
        }
    }
}
