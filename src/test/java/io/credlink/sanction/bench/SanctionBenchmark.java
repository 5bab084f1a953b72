package io.credlink.sanction.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import io.credlink.CredLinkApplication;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.RestrictionsRefreshed;
import io.credlink.sanction.SanctionService;

/**
 * Benchmark of issue 3's targets (not a test): opens an existing store in-process and times the
 * sanction facade, so the figures are the engine's and not HTTP's or BCrypt's.
 *
 * <ul>
 * <li>propagation of every blacklisting sanction (up to {@code bench.sanctions}), on the
 *     generator's reference date when the sanction is in force then, else on its first day;</li>
 * <li>restrictions of the parties those propagations reach, and of randomly drawn parties;</li>
 * <li>the whole black list as of the reference date.</li>
 * </ul>
 * Each series runs once to warm up (reported as "cold") and once measured.
 * Run with {@code bench/sanction.sh STORE_DIR} or
 * {@code mvn -Pbench -DskipTests test -Dbench.store=STORE_DIR}. The store must not be open elsewhere.
 */
public final class SanctionBenchmark {

    static final LocalDate REFERENCE = LocalDate.of(2025, 6, 30);

    private SanctionBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: SanctionBenchmark STORE_DIR [maxSanctions] [randomParties] [seed]");
            System.exit(2);
        }
        int maxSanctions = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int randomParties = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        List<String> boot = new ArrayList<>(List.of("--credlink.data-dir=" + args[0], "--credlink.ingest.load-sample=false",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.io.credlink=WARN"));
        String pageCache = System.getProperty("bench.pageCache", "");
        if (!pageCache.isBlank()) {
            boot.add("--credlink.neo4j.page-cache=" + pageCache);
        }
        long started = System.nanoTime();
        // the restrictions projection is built in the background after start-up: time the steady state
        CountDownLatch projected = new CountDownLatch(1);
        SpringApplication spring = new SpringApplication(CredLinkApplication.class);
        spring.addListeners(ApplicationListener.forPayload((RestrictionsRefreshed e) -> {
            System.out.printf(Locale.ROOT, "== restrictions projection built in %.1f s: %,d sanctions, %,d measures%n",
                    e.millis() / 1e3, e.sanctions(), e.measures());
            projected.countDown();
        }));
        try (ConfigurableApplicationContext app = spring.run(boot.toArray(String[]::new))) {
            System.out.printf(Locale.ROOT, "== started in %.1f s%n", (System.nanoTime() - started) / 1e9);
            if (!projected.await(30, TimeUnit.MINUTES)) {
                System.out.println("== restrictions projection not built after 30 min: restrictions are live");
            }
            run(app.getBean(Driver.class), app.getBean(SanctionService.class), maxSanctions, randomParties, seed);
        }
    }

    private static void run(Driver driver, SanctionService sanctions, int maxSanctions, int randomParties, long seed) {
        Record size = driver.executableQuery("""
                MATCH (p:Party) WITH count(p) AS parties
                MATCH (s:Sanction) WITH parties, count(s) AS sanctions, count(CASE WHEN s.blacklist THEN 1 END) AS black
                RETURN parties, sanctions, black""").execute().records().get(0);
        System.out.printf(Locale.ROOT, "== store: %,d parties, %,d sanctions (%,d blacklisting); %d cores, max heap %d MB%n",
                size.get("parties").asLong(), size.get("sanctions").asLong(), size.get("black").asLong(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        List<String[]> blacklisting = new ArrayList<>();
        for (Record r : driver.executableQuery("""
                MATCH (s:Sanction) WHERE s.blacklist = true
                RETURN s.id AS id, s.effectiveFrom AS fromDay, s.effectiveTo AS toDay, coalesce(s.withdrawn, false) AS withdrawn
                ORDER BY id""").execute().records()) {
            LocalDate from = r.get("fromDay").asLocalDate();
            LocalDate to = r.get("toDay").isNull() ? null : r.get("toDay").asLocalDate();
            boolean inForceOnReference = !from.isAfter(REFERENCE) && (to == null || !to.isBefore(REFERENCE));
            blacklisting.add(new String[] {r.get("id").asString(), (inForceOnReference ? REFERENCE : from).toString()});
        }
        shuffle(blacklisting, new SplittableRandom(seed));
        List<String[]> sample = blacklisting.subList(0, Math.min(maxSanctions, blacklisting.size()));

        Set<String> reachedParties = new LinkedHashSet<>();
        List<String> reachedDates = new ArrayList<>();
        long[] measures = new long[1];
        Series propagationCold = new Series("propagation, cold (first call per sanction)");
        Series propagation = new Series("propagation of one blacklisting sanction");
        for (Series series : List.of(propagationCold, propagation)) {
            for (String[] s : sample) {
                LocalDate asOf = LocalDate.parse(s[1]);
                PropagationView view = series.time(() -> sanctions.propagation(s[0], asOf));
                if (series == propagation) {
                    measures[0] += view.affected().size();
                    view.affected().forEach(a -> {
                        if (reachedParties.add(a.entityId())) {
                            reachedDates.add(s[1]);
                        }
                    });
                }
            }
        }
        System.out.printf(Locale.ROOT, "== %d sanctions propagated, %,d measures, %,d distinct parties reached%n",
                sample.size(), measures[0], reachedParties.size());

        List<String> reached = new ArrayList<>(reachedParties);
        List<String> random = randomParties(driver, randomParties, new SplittableRandom(seed + 1));
        Series restrictionsReachedCold = new Series("restrictions of a reached party, cold");
        Series restrictionsReached = new Series("restrictions of a reached party");
        Series restrictionsRandomCold = new Series("restrictions of a random party, cold");
        Series restrictionsRandom = new Series("restrictions of a random party");
        Series restrictionsAll = new Series("restrictions, all parties above");
        long[] found = new long[1];
        for (int pass = 0; pass < 2; pass++) {
            Series r = pass == 0 ? restrictionsReachedCold : restrictionsReached;
            for (int i = 0; i < reached.size(); i++) {
                String id = reached.get(i);
                LocalDate asOf = LocalDate.parse(reachedDates.get(i));
                long t = System.nanoTime();
                int n = r.time(() -> sanctions.restrictions(id, asOf)).restrictions().size();
                if (pass == 1) {
                    restrictionsAll.add(System.nanoTime() - t);
                    found[0] += n;
                }
            }
            Series q = pass == 0 ? restrictionsRandomCold : restrictionsRandom;
            for (String id : random) {
                long t = System.nanoTime();
                q.time(() -> sanctions.restrictions(id, REFERENCE));
                if (pass == 1) {
                    restrictionsAll.add(System.nanoTime() - t);
                }
            }
        }
        System.out.printf(Locale.ROOT, "== restrictions: %d reached parties (%,d restrictions found), %d random parties%n",
                reached.size(), found[0], random.size());

        Series blackList = new Series("black list, whole dataset, as of " + REFERENCE);
        int[] listed = new int[1];
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            listed[0] = sanctions.blackList(REFERENCE, 0, 0).items().size();
            if (i > 0) {
                blackList.add(System.nanoTime() - t);
            } else {
                System.out.printf(Locale.ROOT, "== black list, first call: %.1f ms, %,d parties%n", (System.nanoTime() - t) / 1e6,
                        listed[0]);
            }
        }

        System.out.println();
        System.out.println("| series | n | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (Series s : List.of(propagationCold, propagation, restrictionsReachedCold, restrictionsReached,
                restrictionsRandomCold, restrictionsRandom, restrictionsAll, blackList)) {
            System.out.println(s.row());
        }
    }

    /** Parties drawn uniformly (reservoir sampling over all party ids, seeded). */
    private static List<String> randomParties(Driver driver, int n, SplittableRandom random) {
        String[] reservoir = new String[n];
        long seen = 0;
        try (Session session = driver.session()) {
            Iterator<Record> ids = session.run("MATCH (p:Party) RETURN p.id AS id").stream().iterator();
            while (ids.hasNext()) {
                String id = ids.next().get("id").asString();
                if (seen < n) {
                    reservoir[(int) seen] = id;
                } else {
                    long j = random.nextLong(seen + 1);
                    if (j < n) {
                        reservoir[(int) j] = id;
                    }
                }
                seen++;
            }
        }
        return Arrays.stream(reservoir, 0, (int) Math.min(n, seen)).toList();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** Wall times of one kind of call. */
    static final class Series {
        final String name;
        long[] nanos = new long[64];
        int n;

        Series(String name) {
            this.name = name;
        }

        <T> T time(Supplier<T> call) {
            long t = System.nanoTime();
            T result = call.get();
            add(System.nanoTime() - t);
            return result;
        }

        void add(long ns) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = ns;
        }

        String row() {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |", name, n, pct(sorted, 50), pct(sorted, 90),
                    pct(sorted, 99), n == 0 ? "-" : ms(sorted[n - 1]));
        }

        private static String pct(long[] sorted, int p) {
            if (sorted.length == 0) {
                return "-";
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return ms(sorted[Math.max(0, Math.min(i, sorted.length - 1))]);
        }

        private static String ms(long ns) {
            return String.format(Locale.ROOT, "%.1f", ns / 1e6);
        }
    }
}
