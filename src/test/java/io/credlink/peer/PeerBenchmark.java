package io.credlink.peer;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The driver of {@code bench/peer.sh}: loads the dataset into the private PostgreSQL the script
 * started, compares every question's answers on both sides, then times both sides with the same
 * inputs, single client and {@code CLIENTS} clients (one persistent JDBC connection with prepared
 * statements per client; one keep-alive HTTP client per client), and prints one line per
 * question and client count (docs/../shared API contract) and a last {@code load} line.
 * <p>
 * Arguments: CREDLINK_URL USER PASSWORD DATASET_DIR PG_BIN PG_DIR CREDLINK_LOAD_SECONDS.
 * Environment: SAMPLE (inputs per question, 300), CLIENTS (32), REQUESTS (requests per timed
 * series, at least one per input, default 320), QUESTIONS (comma-separated names, default all),
 * SHOW (disagreements listed per question, 5), INPUTS_DIR (where each question's inputs are written
 * for the in-process run, {@link InProcessPeerBenchmark}).
 */
public final class PeerBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: PeerBenchmark URL USER PASSWORD DATASET PG_BIN PG_DIR CREDLINK_LOAD_SECONDS");
            System.exit(2);
        }
        String url = args[0];
        String user = args[1];
        String password = args[2];
        Path dataset = Path.of(args[3]);
        int sample = env("SAMPLE", 300);
        int clients = env("CLIENTS", 32);
        int requests = env("REQUESTS", 320);
        int show = env("SHOW", 5);
        // untimed calls per concurrent question and side after the comparison pass: the JIT of a
        // fresh service (and of its DBMS) settles over thousands of calls, not hundreds
        int warmup = env("WARMUP", 0);
        List<String> only = System.getenv("QUESTIONS") == null ? List.of()
                : Arrays.stream(System.getenv("QUESTIONS").split(",")).map(String::strip).toList();

        try (PostgresCluster pg = PostgresCluster.start(Path.of(args[4]), Path.of(args[5]))) {
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close));
            PeerDatabase.LoadTimes load;
            try (var c = pg.connect()) {
                load = PeerDatabase.load(c, dataset);
            }
            System.out.printf(Locale.ROOT, "postgres load: %d rows, COPY %.1f s, keys, indexes and ANALYZE %.1f s%n",
                    load.rows(), load.copyMillis() / 1000.0, load.keysMillis() / 1000.0);

            List<SqlClient> sql = new ArrayList<>();
            List<CredLinkApi> http = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sql.add(new SqlClient(pg.connect()));
                http.add(new CredLinkApi(url, user, password));
            }
            List<String> lines = new ArrayList<>();
            for (PeerQuestions.Question q : PeerQuestions.all()) {
                if (!only.isEmpty() && !only.contains(q.name())) {
                    continue;
                }
                List<List<Object>> inputs = q.sample(sql.get(0), http.get(0), sample);
                writeInputs(q, inputs);
                // the comparison pass is also both sides' warm-up on these inputs
                PeerComparison.Result result = PeerComparison.compare(q, sql.get(0), http.get(0), inputs);
                System.out.printf("== %s: agree=%d/%d%n", q.name(), result.agreed(), result.inputs());
                result.disagreements().stream().limit(show).forEach(d -> System.out.println(d));
                if (warmup > 0 && q.concurrent()) {
                    time(1, warmup, inputs, (client, input) -> q.credlink(http.get(client), input));
                    time(1, warmup, inputs, (client, input) -> q.sql(sql.get(client), input));
                }
                for (int n : q.concurrent() ? List.of(1, clients) : List.of(1)) {
                    int total = q.concurrent() ? Math.max(requests, inputs.size()) : inputs.size();
                    java.time.Instant from = java.time.Instant.now();
                    long[] credlink = time(n, total, inputs, (client, input) -> q.credlink(http.get(client), input));
                    // when CredLink's series ran: a flight recording of the server is cut by these (docs/benchmarks.md)
                    System.out.printf("timed question=%s clients=%d side=credlink from=%s to=%s%n", q.name(), n, from,
                            java.time.Instant.now());
                    long[] postgres = time(n, total, inputs, (client, input) -> q.sql(sql.get(client), input));
                    String line = String.format(Locale.ROOT,
                            "question=%s clients=%d agree=%d/%d credlink_p50_ms=%.2f credlink_p99_ms=%.2f "
                                    + "postgres_p50_ms=%.2f postgres_p99_ms=%.2f ratio_p50=%.2f ratio_p99=%.2f",
                            q.name(), n, result.agreed(), result.inputs(), ms(credlink, 50), ms(credlink, 99),
                            ms(postgres, 50), ms(postgres, 99), ms(postgres, 50) / ms(credlink, 50),
                            ms(postgres, 99) / ms(credlink, 99));
                    System.out.println(line);
                    lines.add(line);
                }
            }
            for (SqlClient c : sql) {
                c.close();
            }
            System.out.println("== summary");
            lines.forEach(System.out::println);
            System.out.println("credlink calls answered 503 and asked again: " + CredLinkApi.RETRIED_503.get());
            System.out.printf(Locale.ROOT, "load credlink_s=%s postgres_s=%.1f%n", args[6], load.totalMillis() / 1000.0);
        }
    }

    /**
     * With INPUTS_DIR set, the question's inputs as lines of tab-separated values (an input that is
     * not a list of plain values: its size) for the in-process run ({@link InProcessPeerBenchmark}).
     */
    static void writeInputs(PeerQuestions.Question q, List<List<Object>> inputs) throws java.io.IOException {
        String dir = System.getenv("INPUTS_DIR");
        if (dir == null || dir.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (List<Object> input : inputs) {
            boolean plain = input.stream().allMatch(o -> o instanceof String || o instanceof Number
                    || o instanceof java.time.LocalDate);
            lines.add(plain ? String.join("\t", input.stream().map(String::valueOf).toList()) : "(" + input.size() + " values)");
        }
        java.nio.file.Files.createDirectories(Path.of(dir));
        java.nio.file.Files.write(Path.of(dir, q.name() + ".txt"), lines);
    }

    @FunctionalInterface
    interface Call {
        void run(int client, List<Object> input) throws SQLException;
    }

    /**
     * {@code total} calls spread over {@code clients} threads, each thread walking the inputs from
     * its own offset; the latency of every call in nanoseconds, sorted.
     */
    static long[] time(int clients, int total, List<List<Object>> inputs, Call call) throws Exception {
        int perClient = Math.max(1, total / clients);
        long[] latencies = new long[perClient * clients];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        List<Object> input = inputs.get((client * perClient + i) % inputs.size());
                        long t0 = System.nanoTime();
                        call.run(client, input);
                        latencies[client * perClient + i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Arrays.sort(latencies);
        return latencies;
    }

    static double ms(long[] sorted, int percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }
}
