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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;

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
    private static final Pattern CONSTRAINT_LABEL = Pattern.compile("(?i)\\sFOR\\s*\\(\\s*\\w*\\s*:\\s*`?(\\w+)`?\\s*\\)");
    /** Constraint creations in flight at once: Neo4j populates two indexes at a time on two cores. */
    static final int CONSTRAINT_SESSIONS = 2;

    private final Driver driver;
    private final CypherCatalog catalog;

    SchemaMigrations(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.catalog = catalog;
    }

    record Migration(int version, String description, String text, String checksum) {
    }

    @Override
    public void afterPropertiesSet() {
        List<Migration> migrations = pending(catalog.all());
        try (Session session = driver.session()) {
            session.run("CREATE CONSTRAINT credlink_migration_version IF NOT EXISTS "
                    + "FOR (m:__CredLinkMigration) REQUIRE m.version IS UNIQUE").consume();
            Map<Integer, String> applied = new HashMap<>();
            session.run("MATCH (m:__CredLinkMigration) RETURN m.version AS v, m.checksum AS checksum")
                    .forEachRemaining(r -> applied.put(r.get("v").asInt(), r.get("checksum").asString()));
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
                        session.run(statement).consume();
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
     * commit starts all their populations as one job (one scan), then the constraints, each in its
     * own transaction as Neo4j requires (it builds and awaits the constraint's index itself), from
     * {@link #CONSTRAINT_SESSIONS} sessions at once while the indexes fill in the background.
     * Neo4j 5 locks schema per label, so constraints of different labels do not wait for each
     * other; the constraints of one label stay in one session, in file order, and the labels with
     * the most nodes go first, so that the last scans do not run alone on an otherwise idle machine.
     * A bulk-loaded store gets the whole chain this way at its first start. The records are the
     * ones applying the migrations one by one writes, written once every statement succeeded.
     */
    private void applyTogether(Session session, List<Migration> group) {
        if (group.isEmpty()) {
            return;
        }
        List<String> indexes = new ArrayList<>();
        Map<String, List<String>> constraintsByLabel = new LinkedHashMap<>();
        for (Migration m : group) {
            for (String statement : statements(m.text())) {
                if (CONSTRAINT.matcher(statement).lookingAt()) {
                    constraintsByLabel.computeIfAbsent(label(statement), l -> new ArrayList<>()).add(statement);
                } else {
                    indexes.add(statement);
                }
            }
        }
        if (!indexes.isEmpty()) {
            session.executeWriteWithoutResult(tx -> indexes.forEach(statement -> tx.run(statement).consume()));
        }
        Map<String, Long> nodes = new HashMap<>();
        for (String label : constraintsByLabel.keySet()) {
            // a label in the query text is answered from the counts store (a parameter label would scan);
            // the name is a word taken from our own migration files, not input
            nodes.put(label, label.isEmpty() ? 0
                    : session.run("MATCH (n:`" + label + "`) RETURN count(n) AS n").single().get("n").asLong());
        }
        List<List<String>> work = new ArrayList<>(constraintsByLabel.values());
        List<String> labels = new ArrayList<>(constraintsByLabel.keySet());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(nodes.get(labels.get(b)), nodes.get(labels.get(a))));
        ConcurrentLinkedQueue<List<String>> queue = new ConcurrentLinkedQueue<>();
        order.forEach(i -> queue.add(work.get(i)));
        ExecutorService pool = Executors.newFixedThreadPool(CONSTRAINT_SESSIONS, r -> {
            Thread t = new Thread(r, "schema-constraints");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> sessions = new ArrayList<>();
            for (int i = 0; i < CONSTRAINT_SESSIONS; i++) {
                sessions.add(pool.submit(() -> {
                    try (Session s = driver.session()) {
                        for (List<String> statements = queue.poll(); statements != null; statements = queue.poll()) {
                            statements.forEach(statement -> s.executeWriteWithoutResult(tx -> tx.run(statement).consume()));
                        }
                    }
                }));
            }
            for (Future<?> f : sessions) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    queue.clear();
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying the schema migrations", e);
        } finally {
            pool.shutdownNow();
        }
        group.forEach(m -> record(session, m));
    }

    /** The label of a node constraint ({@code FOR (n:Label)}), or "" for any other. */
    static String label(String constraint) {
        Matcher m = CONSTRAINT_LABEL.matcher(constraint);
        return m.find() ? m.group(1) : "";
    }

    private static void record(Session session, Migration m) {
        session.run("CREATE (:__CredLinkMigration {version: $v, description: $d, checksum: $c, appliedAt: datetime()})",
                Map.of("v", m.version(), "d", m.description(), "c", m.checksum())).consume();
        log.info("Applied schema migration V{} {}", m.version(), m.description());
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
