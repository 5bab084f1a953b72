package io.credlink.fraud;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.credlink.fraud.internal.Evaluation;
import io.credlink.datagen.DuplicateTruth;
import io.credlink.datagen.PairwiseQuality;
import io.credlink.ingest.ImportFailed;
import io.credlink.resolution.ResolutionService;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportReport;
import io.credlink.ingest.ImportService;

/**
 * {@code java -jar credlink.jar evaluate DIR [--property=value …]}: imports a generated dataset
 * into a fresh temporary embedded database, runs a scan, and compares the alerts with
 * {@code DIR/truth/labels.csv}: precision and recall per kind (a group counts as found when one
 * alert of its kind names at least 80% of its entities), the claim-score AUC against the
 * labelled claims, and the alerts naming an honest control of {@code truth/controls.csv}. Exit 0
 * after printing, 2 for bad input, 1 when the evaluation fails.
 */
public final class EvaluateCommand {

    static final double COVERAGE = 0.8;

    private EvaluateCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("usage: java -jar credlink.jar evaluate DIR (a generated dataset with truth/labels.csv)");
            return 2;
        }
        Path dir = Path.of(args[1]);
        if (!Files.isDirectory(dir)) {
            err.println("evaluate: no such directory: " + dir);
            return 2;
        }
        Path labelsFile = dir.resolve("truth").resolve("labels.csv");
        if (!Files.isRegularFile(labelsFile)) {
            err.println("evaluate: " + dir + " has no truth/labels.csv (generate one with the generate command)");
            return 2;
        }
        Map<String, Map<String, Set<String>>> labels;
        Set<String> controls;
        try {
            labels = readLabels(labelsFile);
            Path controlsFile = dir.resolve("truth").resolve("controls.csv");
            controls = Files.isRegularFile(controlsFile) ? readControls(controlsFile) : Set.of();
        } catch (IOException | IllegalArgumentException e) {
            err.println("evaluate: cannot read the ground truth: " + e.getMessage());
            return 2;
        }
        String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // credit scores play no part in the evaluation: skip their recomputation after the import
                .properties("credlink.ingest.load-sample=false", "credlink.neo4j.temporary=true",
                        "credlink.credit.recompute-after-changes=false",
                        "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(springArgs)) {
            long t0 = System.nanoTime();
            ImportReport report = ctx.getBean(ImportService.class).importDirectory(dir, ImportProgress.NONE);
            long importMs = (System.nanoTime() - t0) / 1_000_000;
            if (report.read() == 0) {
                err.println("evaluate: " + dir + " holds no dataset rows");
                return 2;
            }
            FraudService fraud = ctx.getBean(FraudService.class);
            ScanView scan = fraud.scan();
            List<AlertView> scanned = collectAlerts(fraud);
            print(out, dir, report, importMs, scan, scanned, collectScores(fraud), labels, controls);
            // the scan saw entities as configured; the other view runs the detectors once more, storing nothing
            boolean resolving = ctx.getBean(FraudProperties.class).resolveEntities();
            List<AlertView> other = fraud.detect(!resolving);
            printWithAndWithoutResolution(out, labels, resolving ? scanned : other, resolving ? other : scanned);
            // the import resolved the parties it brought (the resolution module listens to it)
            DuplicateTruth duplicates = DuplicateTruth.read(dir);
            if (!duplicates.isEmpty()) {
                PairwiseQuality q = duplicates.score(ctx.getBean(ResolutionService.class).resolvedIds());
                out.printf(Locale.ROOT, "resolution: precision %.4f recall %.4f F1 %.4f (%,d true pairs, %,d predicted, "
                        + "%,d correct); look-alikes joined %,d%n", q.precision(), q.recall(), q.f1(), q.truePairs(),
                        q.predictedPairs(), q.correctPairs(), q.lookalikesJoined());
            }
            return 0;
        } catch (ImportFailed e) {
            err.println("evaluate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("evaluate: cannot read truth/duplicates.csv or truth/lookalikes.csv: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("evaluate failed: " + rootMessage(e));
            return 1;
        }
    }

    private static List<AlertView> collectAlerts(FraudService fraud) {
        List<AlertView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            FraudPage<AlertView> p = fraud.alerts(new AlertQuery(null, 0, page, 1000));
            all.addAll(p.items());
            if (p.items().size() < 1000) {
                return all;
            }
        }
    }

    private static Map<String, Double> collectScores(FraudService fraud) {
        Map<String, Double> all = new HashMap<>();
        for (int page = 0; ; page++) {
            FraudPage<ClaimScoreView> p = fraud.claimScores(0, page, 1000);
            p.items().forEach(s -> all.put(s.claimId(), s.score()));
            if (p.items().size() < 1000) {
                return all;
            }
        }
    }

    static void print(PrintStream out, Path dir, ImportReport report, long importMs, ScanView scan,
                      List<AlertView> alerts, Map<String, Double> scores, Map<String, Map<String, Set<String>>> labels,
                      Set<String> controls) {
        List<Evaluation.Named> named = new ArrayList<>();
        for (AlertView a : alerts) {
            named.add(new Evaluation.Named(a.kind(), a.entityIds()));
        }
        Map<AlertKind, Evaluation.KindResult> results = Evaluation.compare(labels, named, COVERAGE);
        out.printf(Locale.ROOT, "dataset %s: %,d rows imported in %,d ms; scan %s in %,d ms%n", dir,
                report.imported(), importMs, scan.scanId(), scan.tookMs());
        out.printf(Locale.ROOT, "%-20s %7s %7s %7s %7s %8s %10s%n", "kind", "groups", "found", "alerts", "correct",
                "recall", "precision");
        for (Evaluation.KindResult r : results.values()) {
            out.printf(Locale.ROOT, "%-20s %7d %7d %7d %7d %8.3f %10.3f%n", r.kind(), r.groups(), r.found(), r.alerts(),
                    r.correct(), r.recall(), r.precision());
        }
        Set<String> positives = new HashSet<>();
        labels.values().forEach(groups -> groups.values().forEach(positives::addAll));
        positives.retainAll(scores.keySet());
        double auc = Evaluation.auc(scores, positives);
        out.printf(Locale.ROOT, "claim-score AUC %.4f (%d labelled claims, %d others)%n", auc, positives.size(),
                scores.size() - positives.size());
        int onControls = 0;
        for (AlertView a : alerts) {
            for (String id : primaryEntities(a)) {
                if (controls.contains(id)) {
                    onControls++;
                    break;
                }
            }
        }
        out.printf(Locale.ROOT, "alerts naming an honest control: %d (of %d controls)%n", onControls, controls.size());
        printUnmatched(out, alerts, labels);
    }

    /**
     * The alerts that cover no labelled group, at most {@value #UNMATCHED_SHOWN} per kind, with the
     * scalar facts of their evidence: what a person tuning the detectors looks at first.
     */
    static void printUnmatched(PrintStream out, List<AlertView> alerts, Map<String, Map<String, Set<String>>> labels) {
        Map<AlertKind, List<AlertView>> unmatched = new TreeMap<>();
        Map<AlertKind, Double> lowestCorrect = new TreeMap<>();
        for (AlertView a : alerts) {
            if (!Evaluation.coversAnyGroup(labels, new Evaluation.Named(a.kind(), a.entityIds()), COVERAGE)) {
                unmatched.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
            } else {
                lowestCorrect.merge(a.kind(), a.score(), Math::min);
            }
        }
        if (unmatched.isEmpty()) {
            return;
        }
        // the margin a threshold has: the weakest correct alert of each kind that also has unmatched ones
        unmatched.forEach((kind, list) -> out.printf(Locale.ROOT, "%s: lowest score of a correct alert %s%n", kind,
                lowestCorrect.containsKey(kind) ? String.format(Locale.ROOT, "%.4f", lowestCorrect.get(kind)) : "none"));
        out.println("alerts matching no labelled group:");
        unmatched.forEach((kind, list) -> {
            list.sort((x, y) -> Double.compare(y.score(), x.score()));
            for (AlertView a : list.subList(0, Math.min(UNMATCHED_SHOWN, list.size()))) {
                List<String> ids = primaryEntities(a);
                out.printf(Locale.ROOT, "  %s %s score %.4f, %d entities %s%s; %s%n", kind, a.id(), a.score(),
                        ids.size(), ids.subList(0, Math.min(8, ids.size())), ids.size() > 8 ? "…" : "",
                        scalarFacts(a.evidence()));
            }
            if (list.size() > UNMATCHED_SHOWN) {
                out.printf(Locale.ROOT, "  %s: %d more%n", kind, list.size() - UNMATCHED_SHOWN);
            }
        });
    }

    static final int UNMATCHED_SHOWN = 10;

    /**
     * Each detector's precision, recall and F1 when it sees a resolved entity as one party and when it sees
     * every party id as a person of its own: what entity resolution adds to the detectors.
     */
    static void printWithAndWithoutResolution(PrintStream out, Map<String, Map<String, Set<String>>> labels,
                                              List<AlertView> resolved, List<AlertView> unresolved) {
        Map<AlertKind, Evaluation.KindResult> with = Evaluation.compare(labels, named(resolved), COVERAGE);
        Map<AlertKind, Evaluation.KindResult> without = Evaluation.compare(labels, named(unresolved), COVERAGE);
        out.println("detectors with and without entity resolution:");
        out.printf(Locale.ROOT, "%-20s %7s | with: %6s %9s %7s %7s | without: %6s %9s %7s %7s%n", "kind", "groups",
                "alerts", "precision", "recall", "F1", "alerts", "precision", "recall", "F1");
        for (AlertKind kind : AlertKind.values()) {
            Evaluation.KindResult a = with.get(kind);
            Evaluation.KindResult b = without.get(kind);
            out.printf(Locale.ROOT, "%-20s %7d |       %6d %9.3f %7.3f %7.3f |          %6d %9.3f %7.3f %7.3f%n", kind,
                    a.groups(), a.alerts(), a.precision(), a.recall(), a.f1(), b.alerts(), b.precision(), b.recall(),
                    b.f1());
        }
    }

    private static List<Evaluation.Named> named(List<AlertView> alerts) {
        List<Evaluation.Named> named = new ArrayList<>();
        for (AlertView a : alerts) {
            named.add(new Evaluation.Named(a.kind(), a.entityIds()));
        }
        return named;
    }

    private static String scalarFacts(Map<String, Object> evidence) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(evidence).forEach((k, v) -> {
            if (v instanceof Number || v instanceof Boolean || v instanceof CharSequence) {
                b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v);
            } else if (v instanceof java.util.Collection<?> c) {
                b.append(b.isEmpty() ? "" : ", ").append(k).append(": ").append(c.size());
            }
        });
        return b.toString();
    }

    /** What an alert accuses: the ring's members, the seller, the claims and policies (not the insurer that issued them). */
    @SuppressWarnings("unchecked")
    static List<String> primaryEntities(AlertView a) {
        Map<String, Object> ev = a.evidence();
        return switch (a.kind()) {
            case FICTITIOUS_BUSINESS -> List.of(String.valueOf(ev.get("sellerId")));
            case FAKE_POLICY -> List.of(String.valueOf(ev.get("policyId")));
            default -> {
                List<String> ids = new ArrayList<>(a.entityIds());
                Object insurers = ev.get("insurerIds");
                if (insurers instanceof List<?> l) {
                    ids.removeAll((List<String>) l);
                }
                ids.remove(String.valueOf(ev.get("insurerId")));
                yield ids;
            }
        };
    }

    static Map<String, Map<String, Set<String>>> readLabels(Path file) throws IOException {
        Map<String, Map<String, Set<String>>> labels = new TreeMap<>();
        for (CSVRecord r : parse(file, "kind", "group_id", "entity_id")) {
            labels.computeIfAbsent(r.get("kind"), k -> new TreeMap<>())
                    .computeIfAbsent(r.get("group_id"), k -> new HashSet<>()).add(r.get("entity_id"));
        }
        return labels;
    }

    static Set<String> readControls(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : parse(file, "kind", "entity_id")) {
            ids.add(r.get("entity_id"));
        }
        return ids;
    }

    private static List<CSVRecord> parse(Path file, String... columns) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (String c : columns) {
                if (!parser.getHeaderMap().containsKey(c)) {
                    throw new IllegalArgumentException(file.getFileName() + " lacks the column " + c
                            + " (expected " + String.join(", ", columns) + ")");
                }
            }
            return parser.getRecords();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
