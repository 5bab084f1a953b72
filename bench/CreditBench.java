// Load generator of the credit benchmark (bench/credit.sh runs it as a single-file program:
// `java bench/CreditBench.java BASE_URL USER PASSWORD IDS_FILE`). Talks HTTP to a CredLink on a
// loopback address only; every loop is bounded in count. Prints one line per measurement.
//   env: CLIENTS (32), REQUESTS (per client, 300), WARMUP (500), BATCHES (20), RECOMPUTE (1 = run a full recompute)

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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
        URI host = URI.create(base);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(host.getHost())) {
            throw new IllegalArgumentException("the benchmark only talks to a server on this machine (loopback)");
        }
        auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        List<String> ids = Files.readAllLines(Path.of(args[3])).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        int clients = env("CLIENTS", 32);
        int perClient = env("REQUESTS", 300);
        int warmup = env("WARMUP", 500);
        int batches = env("BATCHES", 20);
        System.out.printf("ids: %d%n", ids.size());

        if (env("RECOMPUTE", 1) == 1) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = post("/api/v1/credit/recomputations", "");
            System.out.printf("full recompute: HTTP %d in %.1f s: %s%n", r.statusCode(), (System.nanoTime() - t0) / 1e9, r.body());
        }
        Random rnd = new Random(1);
        for (int i = 0; i < warmup; i++) {
            check(List.of(ids.get(rnd.nextInt(ids.size()))));
        }
        // single-id checks, CLIENTS concurrent clients
        long[] lat = new long[clients * perClient];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            futures.add(pool.submit(() -> {
                Random r = new Random(seed);
                for (int i = 0; i < perClient; i++) {
                    long s = System.nanoTime();
                    int status = check(List.of(ids.get(r.nextInt(ids.size())))).statusCode();
                    long d = System.nanoTime() - s;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                    lat[next.getAndIncrement()] = d;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        report("single-id check, " + clients + " concurrent clients", lat, wall, errors.get());

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
        report("1000-id check, one client", batchLat, 0, batchErrors);
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
                pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6,
                wall > 0 ? String.format(" throughput=%.0f req/s", s.length / wall) : "");
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static int env(String name, int dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v);
    }
}
