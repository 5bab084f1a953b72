package io.credlink.datagen;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The entity-resolution ground truth of a generated dataset: {@code truth/duplicates.csv}
 * ({@code entity_id,duplicate_of}: each planted copy and the party it copies) and
 * {@code truth/lookalikes.csv} ({@code entity_id,other_id,kind}: pairs that must stay apart), and
 * the pairwise scoring of a resolution against it.
 */
public final class DuplicateTruth {

    static final String DUPLICATES = "truth/duplicates.csv";
    static final String LOOKALIKES = "truth/lookalikes.csv";
    /** Kinds of look-alike pairs. */
    public static final Set<String> LOOKALIKE_KINDS = Set.of("COMMON_NAME", "HOUSEHOLD", "SAME_NAME_BIRTHDAY",
        "SISTER_FIRM");

    /** A pair of parties that look alike and are different entities. */
    public record Lookalike(String entityId, String otherId, String kind) {
    }

    private final Map<String, String> duplicateOf;
    private final List<Lookalike> lookalikes;
    /** Party to the representative of its true cluster, for every party in a duplicate pair. */
    private final Map<String, String> cluster;

    private DuplicateTruth(Map<String, String> duplicateOf, List<Lookalike> lookalikes) {
        this.duplicateOf = Collections.unmodifiableMap(duplicateOf);
        this.lookalikes = List.copyOf(lookalikes);
        Map<String, String> parent = new HashMap<>();
        duplicateOf.forEach((copy, original) -> union(parent, copy, original));
        Map<String, String> roots = new HashMap<>();
        for (String party : parent.keySet()) {
            roots.put(party, find(parent, party));
        }
        this.cluster = Collections.unmodifiableMap(roots);
    }

    /** Truth given in code, e.g. for tests: copy id to original id. */
    public static DuplicateTruth of(Map<String, String> duplicateOf, List<Lookalike> lookalikes) {
        Map<String, String> copy = new LinkedHashMap<>();
        duplicateOf.forEach((c, o) -> copy.put(requirePair(c, o, "duplicate"), o));
        lookalikes.forEach(l -> requirePair(l.entityId(), l.otherId(), "look-alike"));
        return new DuplicateTruth(copy, lookalikes);
    }

    private static String requirePair(String a, String b, String what) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            throw new IllegalArgumentException("a " + what + " pair needs two ids, got " + a + ", " + b);
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("a " + what + " pair needs two different ids, got " + a + " twice");
        }
        return a;
    }

    /**
     * Reads {@code truth/duplicates.csv} and {@code truth/lookalikes.csv} of a dataset; a file that is
     * absent gives no pairs.
     *
     * @throws IOException              a file cannot be read
     * @throws IllegalArgumentException a file is malformed (header, empty cell, a party paired with
     *                                  itself, an unknown look-alike kind, a copy of two originals),
     *                                  naming the file and line
     */
    public static DuplicateTruth read(Path datasetDir) throws IOException {
        Map<String, String> duplicateOf = new LinkedHashMap<>();
        List<Lookalike> lookalikes = new ArrayList<>();
        Path dup = datasetDir.resolve(DUPLICATES);
        if (Files.exists(dup)) {
            parse(dup, DUPLICATES, List.of("entity_id", "duplicate_of"), (r, where) -> {
                String copy = r.get(0);
                String original = r.get(1);
                String earlier = duplicateOf.putIfAbsent(copy, original);
                if (earlier != null && !earlier.equals(original)) {
                    throw new IllegalArgumentException(where + copy + " is already a duplicate of " + earlier);
                }
            });
        }
        Path look = datasetDir.resolve(LOOKALIKES);
        if (Files.exists(look)) {
            parse(look, LOOKALIKES, List.of("entity_id", "other_id", "kind"), (r, where) -> {
                if (!LOOKALIKE_KINDS.contains(r.get(2))) {
                    throw new IllegalArgumentException(where + "unknown kind '" + r.get(2) + "', expected one of "
                        + LOOKALIKE_KINDS.stream().sorted().toList());
                }
                lookalikes.add(new Lookalike(r.get(0), r.get(1), r.get(2)));
            });
        }
        return new DuplicateTruth(duplicateOf, lookalikes);
    }

    private interface Row {
        void accept(CSVRecord r, String where);
    }

    private static void parse(Path file, String name, List<String> header, Row row) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().get().parse(in)) {
            boolean first = true;
            for (CSVRecord r : p) {
                String where = name + " line " + p.getCurrentLineNumber() + ": ";
                List<String> cells = r.toList();
                if (first) {
                    first = false;
                    if (!cells.equals(header)) {
                        throw new IllegalArgumentException(where + "header must be " + String.join(",", header)
                            + ", got " + String.join(",", cells));
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException(where + "expected " + header.size() + " values, got "
                        + cells.size());
                }
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).isBlank()) {
                        throw new IllegalArgumentException(where + header.get(i) + " is empty");
                    }
                }
                if (cells.get(0).equals(cells.get(1))) {
                    throw new IllegalArgumentException(where + cells.get(0) + " is paired with itself");
                }
                row.accept(r, where);
            }
            if (first) {
                throw new IllegalArgumentException(name + " has no header");
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Each planted copy and the party it copies. */
    public Map<String, String> duplicates() {
        return duplicateOf;
    }

    public List<Lookalike> lookalikes() {
        return lookalikes;
    }

    /** True when the truth holds no pair at all (no truth files). */
    public boolean isEmpty() {
        return duplicateOf.isEmpty() && lookalikes.isEmpty();
    }

    /**
     * Pairwise quality of a resolution. {@code resolvedIdByEntityId} maps parties to their resolved
     * id; a party absent from it is an entity of its own. Pairs are counted from cluster sizes, never
     * enumerated, so a huge resolved entity costs no more than a small one.
     */
    public PairwiseQuality score(Map<String, String> resolvedIdByEntityId) {
        Objects.requireNonNull(resolvedIdByEntityId, "resolvedIdByEntityId");
        Map<String, Long> predictedSizes = new HashMap<>();
        resolvedIdByEntityId.forEach((party, resolved) -> {
            if (party == null || resolved == null) {
                throw new IllegalArgumentException("a party and its resolved id must not be null: " + party + " -> "
                    + resolved);
            }
            predictedSizes.merge(resolved, 1L, Long::sum);
        });
        long predicted = predictedSizes.values().stream().mapToLong(DuplicateTruth::pairs).sum();

        Map<String, Long> trueSizes = new HashMap<>();
        // parties of one true cluster that share a resolved id, keyed by [true root, resolved id]
        Map<List<String>, Long> agreeing = new HashMap<>();
        cluster.forEach((party, root) -> {
            trueSizes.merge(root, 1L, Long::sum);
            String resolved = resolvedIdByEntityId.get(party);
            if (resolved != null) {
                agreeing.merge(List.of(root, resolved), 1L, Long::sum);
            }
        });
        long truePairs = trueSizes.values().stream().mapToLong(DuplicateTruth::pairs).sum();
        long correct = agreeing.values().stream().mapToLong(DuplicateTruth::pairs).sum();

        long joined = 0;
        for (Lookalike l : lookalikes) {
            String a = resolvedIdByEntityId.get(l.entityId());
            if (a != null && a.equals(resolvedIdByEntityId.get(l.otherId()))) {
                joined++;
            }
        }
        double precision = predicted == 0 ? 1.0 : correct / (double) predicted;
        double recall = truePairs == 0 ? 1.0 : correct / (double) truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PairwiseQuality(truePairs, predicted, correct, precision, recall, f1, joined);
    }

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        // path compression
        while (!x.equals(root)) {
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
