package io.credlink.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.stereotype.Component;

/**
 * What a store knows, as counts and one checksum, so that a store that was killed and recovered
 * can be compared with one that never was ({@code fingerprint} command, {@code bench/crash.sh}).
 *
 * <p>Every node and relationship counts except the operational ones ({@link #OPERATIONAL}: the
 * audit trail, event publications, run and queue bookkeeping), with their labels, type and
 * properties except the instants work happened at ({@link #VOLATILE}); a relationship is named by
 * its ends' ids. The checksum is a sum of per-element SHA-256 prefixes, so it does not depend on
 * the order the store returns them in; decimals are compared to 9 significant digits, since a sum
 * of doubles depends on the order parallel workers added them in.
 */
@Component
public class StoreFingerprint {

    /** Labels of nodes that record when and how often work ran, not what the store knows. */
    static final List<String> OPERATIONAL = List.of("AuditEntry", "AuditJournal", "EventPublication", "ResolutionRun",
            "CreditRecomputation", "CreditRecomputationRequest", "FraudScan", "OutboxEntry", "__CredLinkMigration");
    /**
     * Properties that hold the instant a computation ran or a row was written, and password hashes
     * (bcrypt salts each hash: the same password never hashes the same twice).
     */
    static final Set<String> VOLATILE = Set.of("passwordHash", "computedAt", "createdAt", "updatedAt", "importedAt", "recordedAt",
            "at", "startedAt", "finishedAt", "runId", "scanId", "lastRunAt", "resolvedAt", "writtenAt");

    /** Counts and checksum. */
    public record Fingerprint(long nodes, long relationships, String checksum) {

        /** The contract's last line of {@code bench/crash.sh}, without {@code identical=}. */
        @Override
        public String toString() {
            return "nodes=" + nodes + " relationships=" + relationships + " checksum=" + checksum;
        }
    }

    private final Driver driver;
    private final CypherCatalog catalog;

    public StoreFingerprint(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.catalog = catalog;
    }

    public Fingerprint take() {
        return take(text -> {
        });
    }

    /**
     * The fingerprint; {@code each} is given the canonical text of every element counted, so two
     * stores that differ can be compared line by line ({@code fingerprint --dump=FILE}).
     */
    public Fingerprint take(java.util.function.Consumer<String> each) {
        long[] nodes = new long[2];
        long[] relationships = new long[2];
        try (Session session = driver.session(GraphSessions.read(driver))) {
            session.executeRead(tx -> {
                Result result = tx.run(catalog.get("graph/streamNodesForFingerprint"), Map.of("operational", OPERATIONAL));
                while (result.hasNext()) {
                    Record r = result.next();
                    nodes[0]++;
                    String text = element(r.get("labels"), r.get("properties"));
                    each.accept(text);
                    nodes[1] += hash(text);
                }
                result = tx.run(catalog.get("graph/streamRelationshipsForFingerprint"), Map.of("operational", OPERATIONAL));
                while (result.hasNext()) {
                    Record r = result.next();
                    relationships[0]++;
                    String text = r.get("type").asString() + properties(r.get("properties"))
                            + "<" + end(r.get("startId"), r.get("startLabels"), r.get("startProperties"))
                            + ">" + end(r.get("endId"), r.get("endLabels"), r.get("endProperties"));
                    each.accept(text);
                    relationships[1] += hash(text);
                }
                return null;
            });
        }
        String checksum = HexFormat.of().formatHex(sha256(nodes[0] + ":" + nodes[1] + ":" + relationships[0] + ":"
                + relationships[1])).substring(0, 32);
        return new Fingerprint(nodes[0], relationships[0], checksum);
    }

    private static String end(Value id, Value labels, Value properties) {
        return id.isNull() ? element(labels, properties) : "#" + id.asString("?");
    }

    private static String element(Value labels, Value properties) {
        List<String> sorted = new ArrayList<>(labels.asList(Value::asString));
        sorted.sort(null);
        return String.join(":", sorted) + properties(properties);
    }

    private static String properties(Value properties) {
        Map<String, String> sorted = new TreeMap<>();
        properties.asMap(v -> v).forEach((key, value) -> {
            if (!VOLATILE.contains(key)) {
                sorted.put(key, canonical((Value) value));
            }
        });
        return sorted.toString();
    }

    private static String canonical(Value v) {
        TypeSystem types = TypeSystem.getDefault();
        if (v.hasType(types.FLOAT())) {
            return String.format(Locale.ROOT, "%.9g", v.asDouble());
        }
        if (v.hasType(types.LIST())) {
            List<String> items = new ArrayList<>();
            v.values().forEach(item -> items.add(canonical(item)));
            return items.toString();
        }
        return v.toString();
    }

    private static long hash(String text) {
        byte[] digest = sha256(text);
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (digest[i] & 0xff);
        }
        return h;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
