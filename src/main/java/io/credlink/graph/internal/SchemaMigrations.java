package io.credlink.graph.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphProperties;

/**
 * Applies {@code cypher/schema/V<nnn>__<description>.cypher} in version order, once each, and
 * records every applied version with its checksum in a {@code :__CredLinkMigration} node. An
 * applied file that was edited afterwards stops start-up: schema history is append-only.
 * Pending migrations that only create missing indexes and constraints are applied together
 * (see {@link #applyTogether}); any other migration runs statement by statement, in order.
 */
@Component
class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern NAME = Pattern.compile("schema/V(\\d+)__(\\w+)");
    private static final Pattern CONSTRAINT = Pattern.compile("(?i)CREATE\\s+CONSTRAINT\\s");
    private static final Pattern INDEX = Pattern.compile("(?i)CREATE\\s+((RANGE|TEXT|POINT|FULLTEXT|VECTOR|LOOKUP)\\s+)?INDEX\\s");
    private static final Pattern IF_NOT_EXISTS = Pattern.compile("(?i)\\sIF\\s+NOT\\s+EXISTS\\s");

    /** The label of {@code CREATE … INDEX … FOR (n:Label) ON …}. */
    private static final Pattern LABEL = Pattern.compile("FOR\\s*\\(\\s*\\w+\\s*:\\s*(\\w+)");

    private final Driver driver;
    private final CypherCatalog catalog;
    private final boolean indexTransactionPerLabel;
    /** For the auto-commit statements (a migration may hold {@code CALL … IN TRANSACTIONS}, which needs one). */
    private final TransientRetry retry;

    @Autowired
    SchemaMigrations(Driver driver, CypherCatalog catalog, GraphProperties properties) {
        this(driver, catalog, properties.neo4j().indexTransactionPerLabel(),
                new TransientRetry(properties.neo4j().transientRetries()));
    }

    SchemaMigrations(Driver driver, CypherCatalog catalog, boolean indexTransactionPerLabel) {
        this(driver, catalog, indexTransactionPerLabel, new TransientRetry(5));
    }

    private SchemaMigrations(Driver driver, CypherCatalog catalog, boolean indexTransactionPerLabel, TransientRetry retry) {
        this.driver = driver;
        this.catalog = catalog;
        this.indexTransactionPerLabel = indexTransactionPerLabel;
        this.retry = retry;
    }

    record Migration(int version, String description, String text, String checksum) {
    }

    @Override
    public void afterPropertiesSet() {
        List<Migration> migrations = pending(catalog.files());
        try (Session session = driver.session(GraphSessions.write(driver))) {
            run(session, "CREATE CONSTRAINT credlink_migration_version IF NOT EXISTS "
                    + "FOR (m:__CredLinkMigration) REQUIRE m.version IS UNIQUE", Map.of());
            Map<Integer, String> applied = new HashMap<>();
            // a write transaction although it reads: the leader surely has the latest migrations
            session.executeWrite(tx -> tx.run("MATCH (m:__CredLinkMigration) RETURN m.version AS v, m.checksum AS checksum")
                    .list()).forEach(r -> applied.put(r.get("v").asInt(), r.get("checksum").asString()));
            List<Migration> group = new ArrayList<>();
            for (Migration m : migrations) {
                String checksum = applied.get(m.version());
                if (checksum != null) {
                    if (!checksum.equals(m.checksum())) {
                        throw new IllegalStateException("schema migration V" + m.version() + " (" + m.description()
                                + ") was changed after it was applied; add a new version instead");
                    }
                    continue;
                }
                if (statements(m.text()).stream().allMatch(SchemaMigrations::isIdempotentCreate)) {
                    group.add(m);
                } else {
                    applyTogether(session, group);
                    group.clear();
                    for (String statement : statements(m.text())) {
                        run(session, statement, Map.of());
                    }
                    record(session, m);
                }
            }
            applyTogether(session, group);
        }
    }

    /**
     * Consecutive pending migrations made only of {@code CREATE … IF NOT EXISTS} schema
     * statements (which commute) are applied together: every plain index in one transaction, whose
     * commit starts all their populations at once (Neo4j 5.26 runs them as concurrent jobs on its
     * index population threads) instead of one transaction and round trip each, then each
     * constraint in its own transaction as Neo4j requires (it builds and awaits the constraint's
     * index itself), while the indexes fill in the background. A bulk-loaded store gets the whole
     * chain this way at its first start. The records are the ones applying the migrations one by
     * one writes. With {@link #indexTransactionPerLabel} the indexes are created in one transaction
     * per label instead, so each label's indexes are a population job of their own, from a second
     * session while the constraints are created (see docs/import.md).
     */
    private void applyTogether(Session session, List<Migration> group) {
        boolean perLabel = indexTransactionPerLabel;
        if (group.isEmpty()) {
            return;
        }
        List<String> indexes = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        for (Migration m : group) {
            for (String statement : statements(m.text())) {
                (CONSTRAINT.matcher(statement).lookingAt() ? constraints : indexes).add(statement);
            }
        }
        if (!indexes.isEmpty()) {
            Map<String, List<String>> transactions = new LinkedHashMap<>();
            for (String statement : indexes) {
                Matcher label = LABEL.matcher(statement);
                String key = !perLabel ? "" : label.find() ? label.group(1) : statement;
                transactions.computeIfAbsent(key, k -> new ArrayList<>()).add(statement);
            }
            if (perLabel) {
                CompletableFuture<Void> created = CompletableFuture.runAsync(() -> {
                    try (Session second = driver.session(GraphSessions.write(driver))) {
                        createIndexes(second, transactions.values());
                    }
                }, runnable -> new Thread(runnable, "schema-migration-indexes").start());
                constraints.forEach(statement -> session.executeWriteWithoutResult(tx -> tx.run(statement).consume()));
                created.join();
                group.forEach(m -> record(session, m));
                return;
            }
            createIndexes(session, transactions.values());
        }
        constraints.forEach(statement -> run(session, statement, Map.of()));
        group.forEach(m -> record(session, m));
    }

    private static void createIndexes(Session session, Iterable<List<String>> transactions) {
        transactions.forEach(statements -> session.executeWriteWithoutResult(
                tx -> statements.forEach(statement -> tx.run(statement).consume())));
    }

    private void record(Session session, Migration m) {
        run(session, "CREATE (:__CredLinkMigration {version: $v, description: $d, checksum: $c, appliedAt: datetime()})",
                Map.of("v", m.version(), "d", m.description(), "c", m.checksum()));
        log.info("Applied schema migration V{} {}", m.version(), m.description());
    }

    /** One auto-commit statement, run again on a transient error (it was rolled back). */
    private void run(Session session, String statement, Map<String, Object> parameters) {
        retry.call(() -> session.run(statement, parameters).consume());
    }

    /** A statement that creates an index or constraint only when it is missing. */
    static boolean isIdempotentCreate(String statement) {
        return (CONSTRAINT.matcher(statement).lookingAt() || INDEX.matcher(statement).lookingAt())
                && IF_NOT_EXISTS.matcher(statement).find();
    }

    static List<Migration> pending(Map<String, String> catalog) {
        List<Migration> list = new ArrayList<>();
        catalog.forEach((name, text) -> {
            Matcher matcher = NAME.matcher(name);
            if (matcher.matches()) {
                list.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), text, sha256(text)));
            }
        });
        list.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return list;
    }

    /** Statements end with a semicolon at the end of a line; {@code //} lines are comments. */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
