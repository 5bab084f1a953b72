// Load generator of the monitoring benchmark (bench/monitoring.sh runs it with bench_java of
// bench/lib.sh: `MonitoringBench BASE_URL USER PASSWORD IDS_FILE`). Talks HTTP to a CredLink on a
// loopback address only, and receives its webhooks on a loopback port of its own; every loop is
// bounded in count. Prints one line per phase and a last line with the figures.
//   env: LISTS (100 watch lists, one subscription each), MEMBERS (10000 parties in all, each on one
//   list), SANCTIONS (200, recorded one after the other against watched parties), PAUSE_MS (250
//   between two sanctions), WAIT_S (60: how long to wait for the last webhooks), SEED (1).
// Latency of one sanction: from its HTTP answer (the sanction is committed then) to the arrival of
// the webhook POST that names it. Every POST's signature is checked with its subscription's secret.

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

public class MonitoringBench {

    static final Pattern HOOK = Pattern.compile("/hook/(\\d+)");
    static final Pattern NAMED = Pattern.compile("sanction (BENCH-[0-9a-z]+-\\d+) recorded");

    static HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;
    static String auth;

    public static void main(String[] args) throws Exception {
        base = args[0];
        BenchEnv.loopback(base);
        auth = BenchEnv.basicAuth(args[1], args[2]);
        List<String> ids = new ArrayList<>(Files.readAllLines(Path.of(args[3])).stream().map(String::trim)
                .filter(s -> !s.isEmpty()).distinct().toList());
        int lists = BenchEnv.env("LISTS", 100);
        int members = Math.min(BenchEnv.env("MEMBERS", 10000), ids.size());
        int sanctions = Math.min(BenchEnv.env("SANCTIONS", 200), members);
        long pauseMs = BenchEnv.env("PAUSE_MS", 250);
        Collections.shuffle(ids, new Random(BenchEnv.env("SEED", 1)));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

        // the receiver: one path and one secret per subscription
        String[] secrets = new String[lists];
        for (int i = 0; i < lists; i++) {
            secrets[i] = "bench-" + run + "-secret-" + i + "-" + Long.toHexString(new Random(i).nextLong());
        }
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger badSignatures = new AtomicInteger();
        AtomicInteger unnamed = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook/", exchange -> {
            long at = System.nanoTime();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            calls.incrementAndGet();
            Matcher path = HOOK.matcher(exchange.getRequestURI().getPath());
            String signature = exchange.getRequestHeaders().getFirst("X-CredLink-Signature");
            if (!path.matches() || signature == null || !verify(body, secrets[Integer.parseInt(path.group(1))], signature)) {
                badSignatures.incrementAndGet();
            } else {
                Matcher named = NAMED.matcher(new String(body, StandardCharsets.UTF_8));
                if (named.find()) {
                    arrived.putIfAbsent(named.group(1), at);
                } else {
                    unnamed.incrementAndGet();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String hooks = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/";

        long t0 = System.nanoTime();
        int perList = (members + lists - 1) / lists;
        for (int i = 0; i < lists; i++) {
            List<String> part = ids.subList(Math.min(members, i * perList), Math.min(members, (i + 1) * perList));
            HttpResponse<String> list = post("/api/v1/watchlists", "{\"name\": \"bench " + run + " " + i + "\", \"entityIds\": "
                    + json(part) + "}");
            check(list, 201, "watch list " + i);
            String listId = field(list.body(), "id");
            HttpResponse<String> sub = post("/api/v1/subscriptions", "{\"watchlistId\": \"" + listId
                    + "\", \"events\": [\"SANCTION_RECORDED\"], \"url\": \"" + hooks + i + "\", \"secret\": \"" + secrets[i] + "\"}");
            check(sub, 201, "subscription " + i);
        }
        System.out.printf("watch lists: %d with %d members in all, %d subscriptions, in %.1f s%n", lists, members, lists,
                (System.nanoTime() - t0) / 1e9);

        // sanctions against watched parties, one after the other; the clock starts at each answer
        Map<String, Long> committed = new ConcurrentHashMap<>();
        int errors = 0;
        String today = LocalDate.now().toString();
        for (int n = 0; n < sanctions; n++) {
            String id = "BENCH-" + run + "-" + n;
            HttpResponse<String> r = post("/api/v1/sanctions", "{\"id\": \"" + id + "\", \"subjectId\": \"" + ids.get(n)
                    + "\", \"authority\": \"NFRA\", \"kind\": \"FINE\", \"severity\": 1, \"blacklist\": false, "
                    + "\"decidedOn\": \"" + today + "\", \"effectiveFrom\": \"" + today + "\"}");
            long answered = System.nanoTime();
            if (r.statusCode() == 201) {
                committed.put(id, answered);
            } else {
                errors++;
                System.out.printf("sanction %s: HTTP %d %s%n", id, r.statusCode(), r.body());
            }
            Thread.sleep(pauseMs);
        }
        long deadline = System.nanoTime() + BenchEnv.env("WAIT_S", 60) * 1_000_000_000L;
        while (System.nanoTime() < deadline && !arrived.keySet().containsAll(committed.keySet())) {
            Thread.sleep(100);
        }
        server.stop(0);

        List<Double> ms = new ArrayList<>();
        for (Map.Entry<String, Long> e : committed.entrySet()) {
            Long at = arrived.get(e.getKey());
            if (at != null) {
                ms.add((at - e.getValue()) / 1e6);
            }
        }
        Collections.sort(ms);
        int missing = committed.size() - ms.size();
        System.out.printf("monitoring sanctions=%d delivered=%d missing=%d errors=%d webhook_calls=%d bad_signatures=%d "
                + "unnamed=%d p50_ms=%.0f p99_ms=%.0f max_ms=%.0f%n", committed.size(), ms.size(), missing, errors,
                calls.get(), badSignatures.get(), unnamed.get(), Percentiles.of(ms, 50), Percentiles.of(ms, 99),
                ms.isEmpty() ? Double.NaN : ms.get(ms.size() - 1));
        // the receiver's executor threads would keep the JVM alive
        System.exit(missing > 0 || errors > 0 || badSignatures.get() > 0 ? 1 : 0);
    }

    static boolean verify(byte[] body, String secret, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }

    static String json(List<String> ids) {
        StringBuilder b = new StringBuilder("[");
        for (String id : ids) {
            b.append(b.length() > 1 ? ", " : "").append('"').append(id.replace("\"", "")).append('"');
        }
        return b.append(']').toString();
    }

    static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return m.group(1);
    }

    static void check(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
