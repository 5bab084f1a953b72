package io.credlink.peer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.credlink.CredLinkApplication;
import io.credlink.credit.CreditService;
import io.credlink.credit.ScoreView;
import io.credlink.fraud.FraudService;

/**
 * The in-process side of {@code bench/peer.sh INPROCESS=1} for the questions {@code bench/sanction.sh}
 * does not cover: opens the store the service served (stopped by then) in this JVM and times the
 * facades with the inputs {@link PeerBenchmark} used, single client and CLIENTS clients as over
 * HTTP, so that the figures are the engine's without HTTP, security and JSON.
 * <ul>
 * <li>{@code network_exposure_3_hops}: {@link CreditService#score} (the stored score with its
 *     network part, as GET /credit/scores/{id} answers);</li>
 * <li>{@code ring_candidate_groups}: {@link FraudService#scan} (every detector, once).</li>
 * </ul>
 * Arguments: STORE_DIR INPUTS_DIR. Environment: CLIENTS (32), REQUESTS (320).
 */
public final class InProcessPeerBenchmark {

    private InProcessPeerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: InProcessPeerBenchmark STORE_DIR INPUTS_DIR");
            System.exit(2);
        }
        int clients = PeerBenchmark.env("CLIENTS", 32);
        int requests = PeerBenchmark.env("REQUESTS", 320);
        SpringApplication spring = new SpringApplication(CredLinkApplication.class);
        try (ConfigurableApplicationContext app = spring.run("--credlink.data-dir=" + args[0],
                "--credlink.ingest.load-sample=false", "--credlink.resolution.run-after-import=false",
                "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.io.credlink=WARN")) {
            Path exposureInputs = Path.of(args[1], "network_exposure_3_hops.txt");
            if (Files.exists(exposureInputs)) {
                CreditService credit = app.getBean(CreditService.class);
                List<List<Object>> inputs = new ArrayList<>();
                for (String line : Files.readAllLines(exposureInputs)) {
                    String[] f = line.split("\t");
                    inputs.add(List.of(f[0], LocalDate.parse(f[1])));
                }
                // one pass untimed, as the comparison pass warms both sides over HTTP
                for (List<Object> in : inputs) {
                    score(credit, in);
                }
                for (int n : List.of(1, clients)) {
                    long[] t = PeerBenchmark.time(n, Math.max(requests, inputs.size()), inputs, (c, in) -> score(credit, in));
                    System.out.printf(Locale.ROOT, "question=network_exposure_3_hops clients=%d inprocess_p50_ms=%.3f "
                            + "inprocess_p99_ms=%.3f%n", n, PeerBenchmark.ms(t, 50), PeerBenchmark.ms(t, 99));
                }
            }
            if (Files.exists(Path.of(args[1], "ring_candidate_groups.txt"))) {
                FraudService fraud = app.getBean(FraudService.class);
                fraud.scan();
                long t0 = System.nanoTime();
                fraud.scan();
                System.out.printf(Locale.ROOT, "question=ring_candidate_groups clients=1 inprocess_ms=%.1f (a whole scan)%n",
                        (System.nanoTime() - t0) / 1e6);
            }
        }
    }

    private static void score(CreditService credit, List<Object> in) {
        ScoreView view = credit.score((String) in.get(0), null);
        if (view == null || !view.asOf().equals(in.get(1))) {
            throw new IllegalStateException("no stored score of " + in.get(0) + " for " + in.get(1));
        }
    }
}
