// Load generator of the credit benchmark (bench/credit.sh runs it with bench_java of bench/lib.sh:
// `CreditBench BASE_URL USER PASSWORD IDS_FILE`). Talks HTTP to a CredLink on a
// loopback address only; every loop is bounded in count. Prints one line per measurement.
//   env: CLIENTS (32), REQUESTS (per client, 1000: 32,000 measured checks, so that the p99 rests on
//   320 of them), WARMUP (checks before measuring, 200000, sent in WARMUP_ROUNDS (5) rounds that are
//   reported one by one: on 2 cores the one C2 compiler thread competes with the load, and the
//   server's hot paths run in profiled C1 code for the first minute or two, at about three times the
//   CPU of the steady state), BATCHES (20), RECOMPUTE (1 = run a full recompute), SERVER_PID (when
//   set, the server's CPU time per check is printed, read from /proc).
// The concurrent single-id checks use one plain HTTP/1.1 keep-alive socket per client (as wrk or ab
// would), not java.net.http: its selector thread and per-request objects cost about as much CPU as
// the server's work, and on a shared 2-core machine the load generator's CPU is taken from the server.

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

public class CreditBench {

    static HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;
    static String auth;

    public static void main(String[] args) throws Exception {
        base = args[0];
        BenchEnv.loopback(base);
        auth = BenchEnv.basicAuth(args[1], args[2]);
        List<String> ids = Files.readAllLines(Path.of(args[3])).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        int clients = BenchEnv.env("CLIENTS", 32);
        int perClient = BenchEnv.env("REQUESTS", 1000);
        int warmup = BenchEnv.env("WARMUP", 200000);
        int batches = BenchEnv.env("BATCHES", 20);
        System.out.printf("ids: %d%n", ids.size());

        if (BenchEnv.env("RECOMPUTE", 1) == 1) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = post("/api/v1/credit/recomputations", "");
            System.out.printf("full recompute: HTTP %d in %.1f s: %s%n", r.statusCode(), (System.nanoTime() - t0) / 1e9, r.body());
        }
        Random rnd = new Random(1);
        // warm-up in rounds, each reported: the JIT's progress shows as falling latency and CPU
        int rounds = Math.max(1, BenchEnv.env("WARMUP_ROUNDS", 5));
        int warmupPerClient = Math.max(1, warmup / clients / rounds);
        for (int round = 1; round <= rounds && warmup > 0; round++) {
            long[] warmLat = new long[clients * warmupPerClient];
            long cpu0 = BenchEnv.serverCpuNanos();
            long w0 = System.nanoTime();
            int warmErrors = runClients(clients, warmupPerClient, ids, warmLat, 1000L * round);
            report("warm-up round " + round + "/" + rounds, warmLat, (System.nanoTime() - w0) / 1e9, warmErrors);
            if (cpu0 >= 0) {
                System.out.printf("  server CPU per check %.2f ms%n", (BenchEnv.serverCpuNanos() - cpu0) / 1e6 / warmLat.length);
            }
        }
        long serverCpu0 = BenchEnv.serverCpuNanos();
        long clientCpu0 = clientCpuNanos();
        // single-id checks, CLIENTS concurrent clients
        long[] lat = new long[clients * perClient];
        long t0 = System.nanoTime();
        int errors = runClients(clients, perClient, ids, lat, 0);
        double wall = (System.nanoTime() - t0) / 1e9;
        report("single-id check, " + clients + " concurrent clients", lat, wall, errors);
        long serverCpu = BenchEnv.serverCpuNanos() - serverCpu0;
        long clientCpu = clientCpuNanos() - clientCpu0;
        if (serverCpu0 >= 0) {
            System.out.printf("CPU per check: server %.2f ms, load generator %.2f ms (2 cores give %.0f ms of CPU per second)%n",
                    serverCpu / 1e6 / lat.length, clientCpu / 1e6 / lat.length, 1000.0 * Runtime.getRuntime().availableProcessors());
        }

        // 1000-id batches, one client
        long[] batchLat = new long[batches];
        int batchErrors = 0;
        for (int b = 0; b < batches; b++) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                batch.add(ids.get(rnd.nextInt(ids.size())));
            }
            long s = System.nanoTime();
            if (check(batch).statusCode() != 200) {
                batchErrors++;
            }
            batchLat[b] = System.nanoTime() - s;
        }
        if (batches > 0) {
            report("1000-id check, one client", batchLat, 0, batchErrors);
        }
    }

    /**
     * CLIENTS threads, each with its own keep-alive connection, each sending {@code perClient}
     * single-id checks back to back; latencies go to {@code lat}. Returns the number of non-200 answers.
     */
    static int runClients(int clients, int perClient, List<String> ids, long[] lat, long seedBase) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        URI uri = URI.create(base);
        for (int c = 0; c < clients; c++) {
            long seed = seedBase + c;
            futures.add(pool.submit(() -> {
                Random r = new Random(seed);
                Socket socket = null;
                try {
                    OutputStream out = null;
                    InputStream in = null;
                    for (int i = 0; i < perClient; i++) {
                        if (socket == null) { // Tomcat closes a keep-alive connection after 100 requests
                            socket = new Socket(uri.getHost(), uri.getPort());
                            socket.setTcpNoDelay(true);
                            out = socket.getOutputStream();
                            in = new BufferedInputStream(socket.getInputStream(), 16384);
                        }
                        byte[] body = ("{\"ids\": [\"" + ids.get(r.nextInt(ids.size())) + "\"]}").getBytes(StandardCharsets.UTF_8);
                        byte[] head = ("POST /api/v1/counterparty-checks HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                                + "\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\nContent-Length: "
                                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                        long s = System.nanoTime();
                        out.write(head);
                        out.write(body);
                        out.flush();
                        int status = RawHttp.readResponse(in);
                        long d = System.nanoTime() - s;
                        if (status < 0) {
                            socket.close();
                            socket = null;
                            status = -status;
                        }
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        lat[next.getAndIncrement()] = d;
                    }
                } finally {
                    if (socket != null) {
                        socket.close();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return errors.get();
    }

    static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static HttpResponse<String> check(List<String> ids) {
        StringBuilder body = new StringBuilder("{\"ids\": [");
        for (int i = 0; i < ids.size(); i++) {
            body.append(i == 0 ? "" : ",").append('"').append(ids.get(i)).append('"');
        }
        return post("/api/v1/counterparty-checks", body.append("]}").toString());
    }

    static HttpResponse<String> post(String path, String body) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void report(String what, long[] nanos, double wall, int errors) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: n=%d errors=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%s%n", what, s.length, errors,
                Percentiles.ms(s, 50), Percentiles.ms(s, 95), Percentiles.ms(s, 99), s[s.length - 1] / 1e6,
                wall > 0 ? String.format(" throughput=%.0f req/s", s.length / wall) : "");
    }
}
