package io.credlink.sanction.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.credlink.CredLinkApplication;
import io.credlink.graph.BackgroundWork;

/**
 * Benchmark of issue 15's sanction POST (not a test): the whole application on a store (or the
 * sample in a temporary store), then {@code POST /api/v1/sanctions} over HTTP as an admin, timed
 * per request, and the time until the credit scores have caught up (every queued recomputation
 * done). Two series: single sanctions, each followed by waiting for the scores (the time a user
 * waits for a score to follow), and a burst of sanctions posted back to back (their answers, and
 * the time until the scores follow all of them).
 * Run with {@code bench/sanction-post.sh [STORE_DIR]}.
 */
public final class SanctionPostBenchmark {

    private static final String PASSWORD = "bench-password-1";

    private SanctionPostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        int singles = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int burst = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<String> boot = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.io.credlink=WARN",
                "--credlink.security.bootstrap-admin-password=" + PASSWORD,
                "--credlink.security.rate-limit.enabled=false"));
        if (store == null) {
            boot.addAll(List.of("--credlink.neo4j.temporary=true", "--credlink.ingest.load-sample=true"));
        } else {
            boot.addAll(List.of("--credlink.data-dir=" + store, "--credlink.ingest.load-sample=false"));
        }
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = SpringApplication.run(CredLinkApplication.class, boot.toArray(String[]::new))) {
            BackgroundWork background = ctx.getBean(BackgroundWork.class);
            background.awaitIdle(Duration.ofHours(2));
            System.out.printf(Locale.ROOT, "started%s and scores current in %,d ms%n",
                    store == null ? " with the sample" : " on " + store, ms(t0));
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            List<String> parties = ctx.getBean(Driver.class).executableQuery(
                    "MATCH (p:Party) RETURN p.id AS id ORDER BY id LIMIT 1000").execute().records().stream()
                    .map(r -> r.get("id").asString()).toList();
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            long run = System.currentTimeMillis();
            // warm-up: the first requests load classes and fill caches
            for (int i = 0; i < 5; i++) {
                post(http, port, auth, "BENCH-W-" + run + "-" + i, parties.get(i % parties.size()), false);
            }
            background.awaitIdle(Duration.ofHours(2));

            List<Long> singleAnswers = new ArrayList<>();
            List<Long> catchUps = new ArrayList<>();
            for (int i = 0; i < singles; i++) {
                long s = System.nanoTime();
                post(http, port, auth, "BENCH-S-" + run + "-" + i, parties.get((7 * i + 11) % parties.size()), i % 2 == 0);
                singleAnswers.add(System.nanoTime() - s);
                background.awaitIdle(Duration.ofHours(2));
                catchUps.add(System.nanoTime() - s);
            }
            report("single sanction, answer", singleAnswers);
            report("single sanction, until scores caught up", catchUps);

            List<Long> burstAnswers = new ArrayList<>();
            long b = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                long s = System.nanoTime();
                post(http, port, auth, "BENCH-B-" + run + "-" + i, parties.get((13 * i + 5) % parties.size()), i % 5 == 0);
                burstAnswers.add(System.nanoTime() - s);
            }
            long posted = System.nanoTime() - b;
            background.awaitIdle(Duration.ofHours(2));
            long caughtUp = System.nanoTime() - b;
            report("burst of " + burst + " sanctions, answer", burstAnswers);
            long runs = ctx.getBean(Driver.class).executableQuery("""
                    MATCH (r:CreditRecomputationRequest) WHERE r.trigger STARTS WITH 'sanction BENCH-B-' + $run
                    RETURN count(DISTINCT r.runId) AS runs
                    """).withParameters(java.util.Map.of("run", String.valueOf(run))).execute().records().get(0)
                    .get("runs").asLong();
            System.out.printf(Locale.ROOT, "burst of %d sanctions: posted in %,d ms, scores caught up %,d ms after the "
                    + "first POST, in %d recomputation(s)%n", burst, posted / 1_000_000, caughtUp / 1_000_000, runs);
        }
    }

    private static void post(HttpClient http, int port, String auth, String id, String subject, boolean blacklist)
            throws Exception {
        LocalDate today = LocalDate.now();
        String body = String.format(Locale.ROOT, "{\"id\":\"%s\",\"subjectId\":\"%s\",\"authority\":\"NFRA\",\"kind\":\"FINE\","
                + "\"severity\":3,\"blacklist\":%s,\"decidedOn\":\"%s\",\"effectiveFrom\":\"%s\"}", id, subject, blacklist,
                today.minusDays(1), today.minusDays(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sanctions"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/sanctions answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-45s n=%d p50 %,.1f ms  p99 %,.1f ms  max %,.1f ms%n", what, sorted.size(),
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
