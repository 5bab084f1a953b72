package io.credlink.resolution.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.credlink.ingest.IdentifierNormaliser;
import io.credlink.resolution.LinkDecision;
import io.credlink.resolution.internal.PartyRecord;
import io.credlink.resolution.internal.Resolver;
import io.credlink.resolution.internal.StandardParty;

/**
 * The in-memory part of a resolution run on a dataset directory, without a database: reads the
 * party files and identifiers as the import would normalise them, standardises, resolves and
 * prints times and what was found (links by decision and type pair, a sample of each). For
 * tuning and for the in-memory share of docs/benchmarks.md; the full run through the service is
 * measured with {@code POST /api/v1/resolution/runs}.
 * <p>
 * {@code java -cp … io.credlink.resolution.bench.ResolutionBenchmark DIR [matchThreshold reviewThreshold]}
 */
public final class ResolutionBenchmark {

    private ResolutionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        double match = args.length > 1 ? Double.parseDouble(args[1]) : 0.95;
        double review = args.length > 2 ? Double.parseDouble(args[2]) : 0.3;
        long t0 = System.nanoTime();
        Map<String, List<String>> identifiers = new HashMap<>();
        for (CSVRecord r : read(dir.resolve("identifiers.csv"))) {
            IdentifierNormaliser.Kind kind = IdentifierNormaliser.Kind.valueOf(r.get("kind"));
            String value = IdentifierNormaliser.normalise(kind, r.get("value"));
            if (!value.isEmpty() && kind != IdentifierNormaliser.Kind.DEVICE) {
                identifiers.computeIfAbsent(r.get("entity_id"), k -> new ArrayList<>(2))
                        .add(IdentifierNormaliser.identifierId(kind, value));
            }
        }
        List<PartyRecord> records = new ArrayList<>();
        Map<String, String> files = new TreeMap<>(Map.of("insurers.csv", "Insurer", "intermediaries.csv", "Intermediary",
                "practitioners.csv", "Practitioner", "consumers.csv", "Consumer", "providers.csv", "Provider"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            if (!Files.exists(file)) {
                continue;
            }
            for (CSVRecord r : read(file)) {
                records.add(new PartyRecord(r.get("id"), f.getValue(), get(r, "kind"), get(r, "name"), get(r, "id_number"),
                        get(r, "license_no"), identifiers.getOrDefault(r.get("id"), List.of())));
            }
        }
        long t1 = System.nanoTime();
        StandardParty[] parties = new StandardParty[records.size()];
        IntStream.range(0, parties.length).parallel().forEach(i -> parties[i] = StandardParty.of(records.get(i)));
        long t2 = System.nanoTime();
        Resolver.Result result = new Resolver(parties, new Resolver.Settings(match, review, 50, 50, 200_000, 20240601))
                .run(Map.of());
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "parties=%d read_ms=%d standardise_ms=%d resolve_ms=%d pairs=%d links=%d%n",
                parties.length, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                result.pairsScored(), result.links().size());
        System.out.printf(Locale.ROOT, "lambda persons=%.5f firms=%.5f%n", result.persons().lambda(),
                result.firms().lambda());
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, List<String>> samples = new TreeMap<>();
        for (Resolver.Link l : result.links()) {
            String key = l.decision() + " " + parties[l.a()].type() + "-" + parties[l.b()].type();
            counts.merge(key, 1, Integer::sum);
            List<String> s = samples.computeIfAbsent(key, k -> new ArrayList<>());
            if (s.size() < 4) {
                s.add(String.format(Locale.ROOT, "%s|%s %s|%s %.3f %s", records.get(l.a()).id(), records.get(l.a()).name(),
                        records.get(l.b()).id(), records.get(l.b()).name(), l.score(),
                        java.util.Arrays.toString(l.levels())));
            }
        }
        counts.forEach((k, v) -> System.out.println(k + " = " + v + "  e.g. " + samples.get(k)));
        io.credlink.datagen.DuplicateTruth truth = io.credlink.datagen.DuplicateTruth.read(dir);
        if (!truth.isEmpty()) {
            Map<String, String> resolvedById = new HashMap<>();
            for (int i = 0; i < parties.length; i++) {
                resolvedById.put(parties[i].id(), result.resolvedIds()[i]);
            }
            System.out.println("against truth/: " + truth.score(resolvedById));
            // planted pairs below POSSIBLE: neither in one entity nor linked for review
            java.util.Set<String> linked = new java.util.HashSet<>();
            for (Resolver.Link l : result.links()) {
                linked.add(parties[l.a()].id() + "|" + parties[l.b()].id());
                linked.add(parties[l.b()].id() + "|" + parties[l.a()].id());
            }
            int missed = 0;
            List<String> examples = new ArrayList<>();
            for (Map.Entry<String, String> d : truth.duplicates().entrySet()) {
                boolean together = resolvedById.get(d.getKey()) != null
                        && resolvedById.get(d.getKey()).equals(resolvedById.get(d.getValue()));
                if (!together && !linked.contains(d.getKey() + "|" + d.getValue())) {
                    missed++;
                    if (examples.size() < 8) {
                        examples.add(d.getKey() + "~" + d.getValue());
                    }
                }
            }
            System.out.println("planted pairs neither resolved nor POSSIBLE: " + missed + " e.g. " + examples);
            // look-alikes resolved together, with the levels of their link if they have one
            Map<String, Resolver.Link> links = new HashMap<>();
            for (Resolver.Link l : result.links()) {
                links.put(parties[l.a()].id() + "|" + parties[l.b()].id(), l);
                links.put(parties[l.b()].id() + "|" + parties[l.a()].id(), l);
            }
            truth.lookalikes().stream().filter(l -> resolvedById.get(l.entityId()) != null
                    && resolvedById.get(l.entityId()).equals(resolvedById.get(l.otherId()))).limit(8).forEach(l -> {
                        Resolver.Link link = links.get(l.entityId() + "|" + l.otherId());
                        System.out.println("look-alike joined: " + l + (link == null ? " (through others)"
                                : String.format(Locale.ROOT, " %.3f %s", link.score(), java.util.Arrays.toString(link.levels()))));
                    });
        }
        long grouped = java.util.Arrays.stream(result.resolvedIds()).distinct().count();
        System.out.println("resolved entities=" + grouped + " matched links="
                + result.links().stream().filter(l -> l.decision() == LinkDecision.MATCH).count());
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isEmpty() ? null : v;
    }

    private static Iterable<CSVRecord> read(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }
}
