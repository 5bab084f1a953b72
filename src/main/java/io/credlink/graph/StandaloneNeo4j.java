package io.credlink.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The project's DBMS as a server of its own: the settings of {@link EmbeddedNeo4j} (GDS and APOC
 * registered, Bolt without TLS) in a process of its own, so that the application and its tests can
 * run against a Neo4j that is not in their JVM. Stops on SIGTERM, and when its standard input
 * closes if asked to, so that it never outlives a parent that was killed.
 *
 * <pre>
 * java -cp CLASSPATH io.credlink.graph.StandaloneNeo4j --home DIR [--host 127.0.0.1] [--port 0]
 *      [--page-cache 128m] [--password SECRET] [--port-file FILE] [--delete-on-exit] [--exit-on-stdin-eof]
 * </pre>
 *
 * With {@code --password} authentication is on and the user {@code neo4j} has that password;
 * without it Bolt accepts anyone (loopback only). The Bolt URI goes to standard output
 * ({@code bolt://host:port} on a line of its own, after {@code CREDLINK_BOLT }) and, written
 * atomically, to {@code --port-file}.
 */
public final class StandaloneNeo4j {

    /** The prefix of the line that carries the Bolt URI. */
    public static final String BOLT_LINE = "CREDLINK_BOLT ";

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws Exception {
        // Without Spring Boot, logback's default would print Neo4j's debug log; set before the first logger.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "standalone-neo4j-logback.xml");
        }
        Options options = Options.parse(args);
        Map<String, String> settings = options.password() == null ? Map.of()
                : Map.of("dbms.security.auth_enabled", "true");
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(options.home(), options.host(), options.port(), options.pageCache(),
                true, options.deleteOnExit(), settings);
        if (options.password() != null) {
            dbms.setPassword("neo4j", options.password());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.close();
            stopped.countDown();
        }, "credlink-neo4j-shutdown"));
        String uri = dbms.boltUri().toString();
        if (options.portFile() != null) {
            Path tmp = options.portFile().resolveSibling(options.portFile().getFileName() + ".tmp");
            Files.writeString(tmp, uri, StandardCharsets.UTF_8);
            Files.move(tmp, options.portFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println(BOLT_LINE + uri);
        System.out.flush();
        if (options.exitOnStdinEof()) {
            awaitEof(System.in);
            // System.exit runs the shutdown hook, which stops the DBMS cleanly.
            System.exit(0);
        }
        stopped.await();
    }

    private static void awaitEof(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // input is ignored: only its end matters
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone too
        }
    }

    record Options(Path home, String host, int port, String pageCache, String password, Path portFile,
            boolean deleteOnExit, boolean exitOnStdinEof) {

        static Options parse(String[] args) {
            Path home = null;
            String host = "127.0.0.1";
            int port = 0;
            String pageCache = "128m";
            String password = null;
            Path portFile = null;
            boolean deleteOnExit = false;
            boolean exitOnStdinEof = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--home" -> home = Path.of(value(args, ++i, "--home"));
                    case "--host" -> host = value(args, ++i, "--host");
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--page-cache" -> pageCache = value(args, ++i, "--page-cache");
                    case "--password" -> password = value(args, ++i, "--password");
                    case "--port-file" -> portFile = Path.of(value(args, ++i, "--port-file"));
                    case "--delete-on-exit" -> deleteOnExit = true;
                    case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (home == null) {
                throw new IllegalArgumentException("--home DIR is required");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535");
            }
            return new Options(home, host, port, pageCache, password, portFile, deleteOnExit, exitOnStdinEof);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
