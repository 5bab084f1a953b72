package io.credlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import io.credlink.CredLinkApplication;
import io.credlink.graph.EmbeddedNeo4j;

/** The {@code import DIR} command, run in-process on a temporary store. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return ImportCommand.run(CredLinkApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsADirectoryPrintsTheReportAndExitsZeroEvenWithRejectedRows() {
        Path dir = ImportFixtures.write(tmp.resolve("ds"), Map.of(
                "insurers.csv", ImportFixtures.VALID.get("insurers.csv"),
                "providers.csv", "id,name,kind\nPV-1,顺达汽修,GARAGE\nPV-2,Broken,SHOP\n"));
        int code = run("import", dir.toString(), "--credlink.neo4j.temporary=true", "--credlink.neo4j.procedures=false",
                "--credlink.security.bootstrap-admin-password=command-test-password");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("insurers.csv").contains("providers.csv").contains("total")
                .contains("providers.csv:3: unknown kind 'SHOP'");
    }

    @Test
    void aFreshStoreIsBulkLoadedWithItsSchemaAndAPopulatedOneGetsCypherUpserts() {
        Path dir = ImportFixtures.write(tmp.resolve("ds"), ImportFixtures.VALID);
        Path store = tmp.resolve("store");
        String[] args = {"import", dir.toString(), "--credlink.data-dir=" + store, "--credlink.neo4j.procedures=false",
            "--credlink.security.bootstrap-admin-password=command-test-password"};
        assertThat(run(args)).as(err()).isZero();
        assertThat(out()).contains("bulk load into an empty store").contains("policies.csv");
        long entities;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(store, "127.0.0.1", 0, "32m", false, false);
                Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            entities = driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n").execute().records().get(0)
                    .get("n").asLong();
            assertThat(driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").execute()
                    .records().get(0).get("names").asList()).contains("entity_id", "policy_id", "identifier_id");
            assertThat(driver.executableQuery("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n")
                    .execute().records().get(0).get("n").asLong()).isZero();
        }
        assertThat(entities).isGreaterThan(10);

        out.reset();
        assertThat(run(args)).as(err()).isZero();
        assertThat(out()).doesNotContain("bulk load").contains("policies.csv");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(store, "127.0.0.1", 0, "32m", false, false);
                Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            assertThat(driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n").execute().records().get(0)
                    .get("n").asLong()).as("a re-import of the same rows changes nothing").isEqualTo(entities);
        }
    }

    @Test
    void theBulkPathCanBeSwitchedOff() {
        Path dir = ImportFixtures.write(tmp.resolve("ds"), Map.of("insurers.csv", ImportFixtures.VALID.get("insurers.csv")));
        int code = run("import", dir.toString(), "--credlink.neo4j.temporary=true", "--credlink.neo4j.procedures=false",
                "--credlink.ingest.bulk-load=false", "--credlink.security.bootstrap-admin-password=command-test-password");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("insurers.csv").doesNotContain("bulk load");
    }

    @Test
    void aMissingDirectoryExitsTwoWithAMessage() {
        assertThat(run("import", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err()).contains("no such directory");
    }

    @Test
    void aFileInsteadOfADirectoryExitsTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("claims.csv"), "id\n");
        assertThat(run("import", file.toString())).isEqualTo(2);
        assertThat(err()).contains("not a directory");
    }

    @Test
    void noDirectoryArgumentPrintsUsageAndExitsTwo() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err()).contains("usage");
    }

    @Test
    void anUnreadableFileExitsTwo() throws Exception {
        Path dir = ImportFixtures.write(tmp.resolve("bad"), Map.of());
        Files.write(dir.resolve("consumers.csv"), new byte[] {'i', 'd', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        int code = run("import", dir.toString(), "--credlink.neo4j.temporary=true", "--credlink.neo4j.procedures=false",
                "--credlink.security.bootstrap-admin-password=command-test-password");
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("consumers.csv");
    }
}
