package io.credlink.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.EmbeddedNeo4j;

/**
 * Applying the pending migrations together (indexes in one transaction) must leave the schema
 * and the migration chain that applying them one statement at a time leaves, on a store that
 * already holds data (as a bulk-loaded store does at its first start), and later starts must
 * behave as before: applied versions skipped, new versions applied, edited versions refused.
 */
class SchemaMigrationsTest {

    @TempDir
    Path tmp;

    @Test
    void togetherGivesTheSchemaAndChainOfOneByOne() {
        Map<String, String> catalog = new TreeMap<>(new CypherCatalog().files());
        try (EmbeddedNeo4j oneByOne = start("one-by-one"); EmbeddedNeo4j together = start("together");
                Driver a = GraphDatabase.driver(oneByOne.boltUri(), AuthTokens.none());
                Driver b = GraphDatabase.driver(together.boltUri(), AuthTokens.none())) {
            seed(a);
            seed(b);
            applyOneByOne(a, catalog);
            new SchemaMigrations(b, catalogOf(catalog), false).afterPropertiesSet();
            b.executableQuery("CALL db.awaitIndexes(300)").execute();
            a.executableQuery("CALL db.awaitIndexes(300)").execute();

            assertThat(schema(b)).isEqualTo(schema(a)).hasSizeGreaterThan(50);
            assertThat(chain(b)).isEqualTo(chain(a)).hasSize(SchemaMigrations.pending(catalog).size());
            // the constraints hold on the seeded data, and the indexes are used
            assertThatThrownBy(() -> b.executableQuery("CREATE (:Entity:Consumer {id: 'CO-1'})").execute())
                    .hasMessageContaining("already exists");
            assertThat(b.executableQuery("MATCH (n:Identifier {value: '13800138000'}) RETURN count(n) AS n")
                    .execute().records().get(0).get("n").asLong()).isEqualTo(1);

            // a later start with one more migration applies only that one and keeps the chain
            List<String> before = chainWithTimes(b);
            Map<String, String> later = new TreeMap<>(catalog);
            later.put("schema/V990__probe_index", "CREATE INDEX probe_name IF NOT EXISTS FOR (n:Probe) ON (n.name);\n");
            later.put("schema/V991__probe_data", "// not only schema: applied on its own\n"
                    + "CREATE INDEX probe_kind IF NOT EXISTS FOR (n:Probe) ON (n.kind);\n"
                    + "MERGE (p:Probe {name: 'seeded'}) SET p.kind = 'x';\n");
            new SchemaMigrations(b, catalogOf(later), false).afterPropertiesSet();
            new SchemaMigrations(b, catalogOf(later), false).afterPropertiesSet();
            List<String> after = chainWithTimes(b);
            assertThat(after).hasSize(before.size() + 2).containsAll(before);
            assertThat(schema(b)).contains("INDEX probe_name RANGE NODE [Probe] [name] null",
                    "INDEX probe_kind RANGE NODE [Probe] [kind] null");
            assertThat(b.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute().records().get(0)
                    .get("n").asLong()).isEqualTo(1);

            // an applied migration that was edited stops start-up
            Map<String, String> edited = new TreeMap<>(later);
            edited.put("schema/V990__probe_index", edited.get("schema/V990__probe_index") + "// edited\n"
                    + "CREATE INDEX probe_other IF NOT EXISTS FOR (n:Probe) ON (n.other);\n");
            assertThatThrownBy(() -> new SchemaMigrations(b, catalogOf(edited), false).afterPropertiesSet())
                    .hasMessageContaining("V990").hasMessageContaining("changed after it was applied");
        }
    }

    @Test
    void indexTransactionPerLabelGivesTheSameSchemaAndChain() {
        Map<String, String> catalog = new TreeMap<>(new CypherCatalog().files());
        try (EmbeddedNeo4j oneByOne = start("one-by-one"); EmbeddedNeo4j perLabel = start("per-label");
                Driver a = GraphDatabase.driver(oneByOne.boltUri(), AuthTokens.none());
                Driver b = GraphDatabase.driver(perLabel.boltUri(), AuthTokens.none())) {
            seed(a);
            seed(b);
            applyOneByOne(a, catalog);
            new SchemaMigrations(b, catalogOf(catalog), true).afterPropertiesSet();
            b.executableQuery("CALL db.awaitIndexes(300)").execute();
            a.executableQuery("CALL db.awaitIndexes(300)").execute();

            assertThat(schema(b)).isEqualTo(schema(a)).hasSizeGreaterThan(50);
            assertThat(chain(b)).isEqualTo(chain(a)).hasSize(SchemaMigrations.pending(catalog).size());
        }
    }

    @Test
    void onlyIdempotentSchemaCreatesAreBatched() {
        assertThat(SchemaMigrations.isIdempotentCreate("CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE"))
                .isTrue();
        assertThat(SchemaMigrations.isIdempotentCreate("CREATE TEXT INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)")).isTrue();
        assertThat(SchemaMigrations.isIdempotentCreate("CREATE INDEX c FOR (n:C) ON (n.x)")).isFalse();
        assertThat(SchemaMigrations.isIdempotentCreate("DROP INDEX c IF EXISTS")).isFalse();
        assertThat(SchemaMigrations.isIdempotentCreate("MATCH (n) SET n.x = 1")).isFalse();
    }

    private EmbeddedNeo4j start(String name) {
        return EmbeddedNeo4j.start(tmp.resolve(name), "127.0.0.1", 0, "32m", false, true);
    }

    private static CypherCatalog catalogOf(Map<String, String> queries) {
        return new CypherCatalog() {
            @Override
            public Map<String, String> files() {
                return queries;
            }
        };
    }

    /** Some nodes of the labels the migrations index, so that populations have work to do. */
    private static void seed(Driver d) {
        d.executableQuery("""
                UNWIND range(1, 2000) AS i
                CREATE (:Entity:Party:Consumer {id: 'CO-' + i, name: 'name ' + i, kind: 'PERSON'})
                CREATE (:Entity:Policy {id: 'PO-' + i, subjectRef: 'VIN-' + i, startDate: date('2024-01-01')})
                CREATE (:Entity:Identifier {id: 'PHONE:' + (13800138000 + i - 1), kind: 'PHONE',
                        value: toString(13800138000 + i - 1)})
                """).execute();
    }

    /** The way migrations were applied before: each statement on its own, each version recorded after it. */
    private static void applyOneByOne(Driver d, Map<String, String> catalog) {
        try (Session session = d.session()) {
            session.run("CREATE CONSTRAINT credlink_migration_version IF NOT EXISTS "
                    + "FOR (m:__CredLinkMigration) REQUIRE m.version IS UNIQUE").consume();
            for (SchemaMigrations.Migration m : SchemaMigrations.pending(catalog)) {
                SchemaMigrations.statements(m.text()).forEach(s -> session.run(s).consume());
                session.run("CREATE (:__CredLinkMigration {version: $v, description: $d, checksum: $c, appliedAt: datetime()})",
                        Map.of("v", m.version(), "d", m.description(), "c", m.checksum())).consume();
            }
        }
    }

    /** Every index and constraint with its definition (not its internal id), sorted. */
    private static List<String> schema(Driver d) {
        List<String> lines = new ArrayList<>();
        d.executableQuery("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint, state "
                + "RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint, state").execute().records()
                .forEach(r -> {
                    assertThat(r.get("state").asString()).isEqualTo("ONLINE");
                    lines.add("INDEX " + r.get("name").asString() + " " + r.get("type").asString() + " "
                            + r.get("entityType").asString() + " " + r.get("labelsOrTypes") + " "
                            + r.get("properties") + " " + r.get("owningConstraint").asString(null));
                });
        d.executableQuery("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties, ownedIndex "
                + "RETURN name, type, labelsOrTypes, properties, ownedIndex").execute().records()
                .forEach(r -> lines.add("CONSTRAINT " + r.get("name").asString() + " " + r.get("type").asString() + " "
                        + r.get("labelsOrTypes") + " " + r.get("properties") + " " + r.get("ownedIndex").asString()));
        lines.replaceAll(l -> l.replace("\"", ""));
        lines.sort(null);
        return lines;
    }

    private static List<String> chain(Driver d) {
        return d.executableQuery("MATCH (m:__CredLinkMigration) RETURN m.version AS v, m.description AS d, "
                + "m.checksum AS c, keys(m) AS k ORDER BY v").execute().records().stream()
                .map(r -> r.get("v").asInt() + " " + r.get("d").asString() + " " + r.get("c").asString() + " "
                        + r.get("k").asList().stream().sorted().toList())
                .toList();
    }

    private static List<String> chainWithTimes(Driver d) {
        return d.executableQuery("MATCH (m:__CredLinkMigration) RETURN m.version AS v, toString(m.appliedAt) AS at "
                + "ORDER BY v").execute().records().stream()
                .map(r -> r.get("v").asInt() + " " + r.get("at").asString()).toList();
    }
}
