// Load driver of the soak (bench/soak.sh runs it with bench_java of bench/lib.sh:
// `SoakDriver BASE_URL USER PASSWORD IDS_FILE CONSUMERS_CSV MINUTES`). Talks HTTP to
// a CredLink on a loopback address only; stops by itself after MINUTES (then waits for the calls
// in flight). Mixed traffic, each kind at its own fixed rate:
//   single counterparty checks   CHECK_RATE per second (default 40), adapted each minute from the
//                                second on (ADAPT=1) by the p99 of the checks of the last
//                                ADAPT_MINUTES (3) minutes: above the p99 target P99_MS (25) the rate
//                                drops by 15 %, under 70 % of it it grows by 15 %, between
//                                MIN_CHECK_RATE (10) and MAX_CHECK_RATE (400). A window of minutes,
//                                not one minute: at a low rate one minute's p99 is its slowest call,
//                                so a single collection pause would drive the rate to the floor.
//   batch checks                 BATCH_RATE per second (0.5), BATCH_SIZE ids (200)
//   entity look-ups              ENTITY_RATE per second (10)
//   networks (depth 2)           NETWORK_RATE per second (2)
//   small imports                one every IMPORT_S seconds (60): IMPORT_ROWS (5) new consumers
//   sanction changes             one every SANCTION_S seconds (20): a sanction recorded, the one
//                                before it withdrawn
//   fraud scan                   one every SCAN_S seconds (300)
//   resolution runs              one every RESOLUTION_S seconds (300)
// Latency is measured from the instant a call was due (not when a worker got to it), so a server
// that falls behind shows in the figures; a call still waiting for a worker MAX_LATE_MS (2000)
// after it was due is not sent but counted as late, so the driver's own queue stays bounded. Any
// answer other than 2xx, or no answer, is an error.
// Prints one line per minute and per kind, and at the end one line per kind and a last line
// `soak minutes= errors= late= check_rate_per_s= check_p50_ms= check_p99_ms= p99_target_ms= within_target=`.
// The exit status is 1 when there was any error.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

public class SoakDriver {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String auth;
    static List<String> ids;
    static List<String> consumerRows;
    static String consumerHeader;
    static final Random RANDOM = new Random(Long.getLong("seed", 1));
    static final AtomicLong ERRORS = new AtomicLong();
    static final Map<String, Kind> KINDS = new LinkedHashMap<>();
    static volatile long deadline;
    static final double MAX_LATE_MS = env("MAX_LATE_MS", 2000);

    /** Latencies of one kind of call, per minute and over the run. */
    static final class Kind {
        final String name;
        final List<Double> minute = Collections.synchronizedList(new ArrayList<>());
        final List<Double> all = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();
        /** Calls not sent: due more than MAX_LATE_MS before a worker was free (the server fell behind). */
        final AtomicLong late = new AtomicLong();
        final AtomicLong minuteErrors = new AtomicLong();
        final AtomicReference<String> lastError = new AtomicReference<>("");

        Kind(String name) {
            this.name = name;
        }

        void took(double ms) {
            minute.add(ms);
            all.add(ms);
        }

        void failed(String why) {
            errors.incrementAndGet();
            minuteErrors.incrementAndGet();
            ERRORS.incrementAndGet();
            lastError.set(why);
        }
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        BenchEnv.loopback(base);
        auth = BenchEnv.basicAuth(args[1], args[2]);
        ids = Files.readAllLines(Path.of(args[3])).stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> consumers = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8);
        consumerHeader = consumers.get(0);
        consumerRows = consumers.subList(1, consumers.size()).stream().filter(l -> !l.contains("\"")).toList();
        int minutes = Integer.parseInt(args[5]);
        double p99Target = env("P99_MS", 25);
        double checkRate = env("CHECK_RATE", 40);
        double maxCheckRate = env("MAX_CHECK_RATE", 400);
        double minCheckRate = env("MIN_CHECK_RATE", 10);
        int adaptMinutes = (int) env("ADAPT_MINUTES", 3);
        java.util.ArrayDeque<List<Double>> window = new java.util.ArrayDeque<>();
        boolean adapt = env("ADAPT", 1) == 1;
        for (String k : List.of("check", "batch", "entity", "network", "import", "sanction", "withdrawal", "scan",
                "resolution")) {
            KINDS.put(k, new Kind(k));
        }
        long start = System.nanoTime();
        deadline = start + TimeUnit.MINUTES.toNanos(minutes);
        ExecutorService workers = Executors.newFixedThreadPool((int) env("WORKERS", 48));
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        AtomicReference<Double> rate = new AtomicReference<>(checkRate);
        // fixed-rate streams: every tick hands the calls due by then to the workers
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("batch", env("BATCH_RATE", 0.5));
        rates.put("entity", env("ENTITY_RATE", 10));
        rates.put("network", env("NETWORK_RATE", 2));
        Map<String, double[]> owed = new ConcurrentHashMap<>();
        long tickMs = 10;
        ticks.scheduleAtFixedRate(() -> {
            if (System.nanoTime() >= deadline) {
                return;
            }
            long due = System.nanoTime();
            stream("check", rate.get(), tickMs, owed, due, workers);
            rates.forEach((k, r) -> stream(k, r, tickMs, owed, due, workers));
        }, 0, tickMs, TimeUnit.MILLISECONDS);
        // slow kinds, each on its own thread, one call at a time
        List<Thread> loops = new ArrayList<>();
        loops.add(loop("import", env("IMPORT_S", 60), SoakDriver::smallImport));
        loops.add(loop("sanction", env("SANCTION_S", 20), SoakDriver::sanctionChange));
        loops.add(loop("scan", env("SCAN_S", 300), () -> call("scan", "POST", "/api/v1/fraud/scans", null, null, System.nanoTime())));
        loops.add(loop("resolution", env("RESOLUTION_S", 300),
                () -> call("resolution", "POST", "/api/v1/resolution/runs", null, null, System.nanoTime())));

        System.out.printf(Locale.ROOT, "soak: %d minutes against %s, %d parties, check rate %.1f/s (adapt %s, p99 target %.0f ms)%n",
                minutes, base, ids.size(), checkRate, adapt, p99Target);
        for (int m = 1; m <= minutes; m++) {
            long wake = start + TimeUnit.MINUTES.toNanos(m);
            while (System.nanoTime() < wake) {
                TimeUnit.NANOSECONDS.sleep(Math.max(1, wake - System.nanoTime()));
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "minute=%d check_rate_per_s=%.1f", m, rate.get()));
            double checkP99 = Double.NaN;
            for (Kind k : KINDS.values()) {
                List<Double> taken;
                synchronized (k.minute) {
                    taken = new ArrayList<>(k.minute);
                    k.minute.clear();
                }
                long errs = k.minuteErrors.getAndSet(0);
                if (taken.isEmpty() && errs == 0) {
                    continue;
                }
                Collections.sort(taken);
                line.append(String.format(Locale.ROOT, " %s=%d/%.1f/%.1f", k.name, taken.size(), Percentiles.of(taken, 50), Percentiles.of(taken, 99)));
                if (errs > 0) {
                    line.append(" ").append(k.name).append("_errors=").append(errs);
                }
                if (k.name.equals("check") && m > 1) {
                    window.addLast(taken);
                    while (window.size() > adaptMinutes) {
                        window.removeFirst();
                    }
                    List<Double> recent = new ArrayList<>();
                    window.forEach(recent::addAll);
                    Collections.sort(recent);
                    checkP99 = Percentiles.of(recent, 99);
                }
            }
            line.append(" (calls/p50_ms/p99_ms)");
            if (adapt && m > 1 && !Double.isNaN(checkP99)) {
                line.append(String.format(Locale.ROOT, " window_check_p99_ms=%.1f", checkP99));
                if (checkP99 > p99Target) {
                    rate.set(Math.max(minCheckRate, rate.get() * 0.85));
                } else if (checkP99 < 0.7 * p99Target) {
                    rate.set(Math.min(maxCheckRate, rate.get() * 1.15));
                }
            }
            System.out.println(line);
        }
        ticks.shutdown();
        ticks.awaitTermination(1, TimeUnit.MINUTES);
        workers.shutdown();
        boolean drained = workers.awaitTermination(5, TimeUnit.MINUTES);
        for (Thread t : loops) {
            t.join(TimeUnit.MINUTES.toMillis(10));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Kind k : KINDS.values()) {
            List<Double> all = new ArrayList<>(k.all);
            Collections.sort(all);
            System.out.printf(Locale.ROOT, "kind=%s calls=%d rate_per_s=%.2f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f late=%d errors=%d%s%n",
                    k.name, all.size(), all.size() / seconds, Percentiles.of(all, 50), Percentiles.of(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1),
                    k.late.get(), k.errors.get(), k.errors.get() > 0 ? " last_error=\"" + k.lastError.get() + "\"" : "");
        }
        if (!drained) {
            System.out.println("calls still in flight after 5 minutes");
            ERRORS.incrementAndGet();
        }
        List<Double> checks = new ArrayList<>(KINDS.get("check").all);
        Collections.sort(checks);
        double p99 = Percentiles.of(checks, 99);
        long late = KINDS.values().stream().mapToLong(k -> k.late.get()).sum();
        System.out.printf(Locale.ROOT, "soak minutes=%d errors=%d late=%d check_rate_per_s=%.1f check_p50_ms=%.1f check_p99_ms=%.1f "
                + "p99_target_ms=%.0f within_target=%s%n", minutes, ERRORS.get(), late, checks.size() / seconds, Percentiles.of(checks, 50), p99,
                p99Target, p99 <= p99Target && late == 0 ? "yes" : "no");
        System.exit(ERRORS.get() == 0 ? 0 : 1);
    }

    /** Hands the calls of one stream that fell due in this tick to the workers. */
    static void stream(String kind, double perSecond, long tickMs, Map<String, double[]> owed, long due,
            ExecutorService workers) {
        double[] o = owed.computeIfAbsent(kind, k -> new double[1]);
        o[0] += perSecond * tickMs / 1000.0;
        while (o[0] >= 1) {
            o[0] -= 1;
            workers.submit(() -> {
                if ((System.nanoTime() - due) / 1e6 > MAX_LATE_MS) {
                    KINDS.get(kind).late.incrementAndGet();
                    return;
                }
                switch (kind) {
                    case "check" -> call("check", "POST", "/api/v1/counterparty-checks", "{\"ids\": [\"" + anyId() + "\"]}",
                            "application/json", due);
                    case "batch" -> {
                        StringBuilder body = new StringBuilder("{\"ids\": [");
                        int n = (int) env("BATCH_SIZE", 200);
                        for (int i = 0; i < n; i++) {
                            body.append(i == 0 ? "" : ", ").append('"').append(anyId()).append('"');
                        }
                        call("batch", "POST", "/api/v1/counterparty-checks", body.append("]}").toString(), "application/json", due);
                    }
                    case "entity" -> call("entity", "GET", "/api/v1/entities/" + anyId(), null, null, due);
                    case "network" -> call("network", "GET", "/api/v1/entities/" + anyId() + "/network?depth=2", null, null, due);
                    default -> throw new IllegalStateException(kind);
                }
            });
        }
    }

    static Thread loop(String kind, double everySeconds, Runnable once) {
        Thread t = new Thread(() -> {
            long next = System.nanoTime() + (long) (everySeconds * 1e9 / 2);
            while (next < deadline) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                once.run();
                next += (long) (everySeconds * 1e9);
            }
        }, "soak-" + kind);
        t.start();
        return t;
    }

    static final AtomicLong IMPORTS = new AtomicLong();

    /** A few consumers of the dataset under new ids (SOAK-…), uploaded as one CSV. */
    static void smallImport() {
        long n = IMPORTS.incrementAndGet();
        StringBuilder csv = new StringBuilder(consumerHeader).append('\n');
        for (int i = 0; i < env("IMPORT_ROWS", 5); i++) {
            String row = consumerRows.get(RANDOM.nextInt(consumerRows.size()));
            csv.append("SOAK-").append(n).append('-').append(i).append('-').append(row).append('\n');
        }
        String boundary = "soak" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"consumers.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        call("import", "POST", "/api/v1/imports", body, "multipart/form-data; boundary=" + boundary, System.nanoTime());
    }

    static final AtomicLong SANCTIONS = new AtomicLong();

    /** A sanction recorded against a random party, and the one before it withdrawn. */
    static void sanctionChange() {
        long n = SANCTIONS.incrementAndGet();
        String id = "SOAK-SAN-" + ProcessHandle.current().pid() + "-" + n;
        call("sanction", "POST", "/api/v1/sanctions", "{\"id\": \"" + id + "\", \"subjectId\": \"" + anyId()
                + "\", \"authority\": \"NFRA\", \"kind\": \"FINE\", \"severity\": 2, \"blacklist\": false, "
                + "\"decidedOn\": \"2025-01-01\", \"effectiveFrom\": \"2025-01-01\"}", "application/json", System.nanoTime());
        if (n > 1) {
            String before = "SOAK-SAN-" + ProcessHandle.current().pid() + "-" + (n - 1);
            call("withdrawal", "POST", "/api/v1/sanctions/" + before + "/withdrawal", "{\"reason\": \"soak\"}",
                    "application/json", System.nanoTime());
        }
    }

    static String anyId() {
        return ids.get(RANDOM.nextInt(ids.size()));
    }

    static void call(String kind, String method, String path, String body, String contentType, long due) {
        Kind k = KINDS.get(kind);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .timeout(Duration.ofMinutes(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                k.took((System.nanoTime() - due) / 1e6);
            } else {
                k.failed(r.statusCode() + " " + method + " " + path + ": "
                        + r.body().substring(0, Math.min(200, r.body().length())).replace('"', '\''));
            }
        } catch (Exception e) {
            k.failed(e.getClass().getSimpleName() + " " + method + " " + path + ": " + e.getMessage());
        }
    }

    /** Every setting of the soak is a number of its own unit (rates per second, seconds, counts). */
    static double env(String name, double fallback) {
        return BenchEnv.env(name, fallback);
    }
}
