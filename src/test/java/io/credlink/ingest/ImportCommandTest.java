package io.credlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.credlink.CredLinkApplication;
import io.credlink.graph.BackgroundWork;
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

    /**
     * {@code --no-wait}: the command exits with the data in and the full recomputation queued in
     * the graph, not run; the service started on the store runs it in the background and the
     * scores appear (what the peer benchmark counts as load time and scores-current apart).
     */
    @Test
    void noWaitLeavesTheRecomputationQueuedAndTheServiceRunsIt() {
        Path dir = ImportFixtures.write(tmp.resolve("ds"), ImportFixtures.VALID);
        Path store = tmp.resolve("store");
        assertThat(run("import", "--no-wait", dir.toString(), "--credlink.data-dir=" + store,
                "--credlink.neo4j.procedures=false", "--credlink.security.bootstrap-admin-password=command-test-password"))
                .as(err()).isZero();
        assertThat(out()).contains("bulk load into an empty store");
        assertThat(err()).contains("queued").doesNotContain("done in");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(store, "127.0.0.1", 0, "32m", false, false);
                Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            assertThat(count(driver, "MATCH (r:CreditRecomputationRequest {state: 'PENDING', full: true}) RETURN count(r) AS n"))
                    .as("the full recomputation waits in the graph").isEqualTo(1);
            assertThat(count(driver, "MATCH (s:CreditScore) RETURN count(s) AS n")).as("and has not run").isZero();
        }
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CredLinkApplication.class)
                .web(WebApplicationType.NONE)
                .run("--credlink.data-dir=" + store, "--credlink.neo4j.procedures=false", "--credlink.ingest.load-sample=false",
                        "--credlink.warm-up.duration=0s", "--credlink.security.bootstrap-admin-password=command-test-password")) {
            assertThat(service.getBean(BackgroundWork.class).awaitIdle(Duration.ofMinutes(2))).isTrue();
            Driver driver = service.getBean(Driver.class);
            assertThat(count(driver, "MATCH (s:CreditScore) RETURN count(s) AS n")).as("the service scored the import")
                    .isGreaterThan(5);
            assertThat(count(driver, "MATCH (r:CreditRecomputationRequest) WHERE r.state IN ['PENDING', 'RUNNING'] RETURN count(r) AS n"))
                    .isZero();
        }
    }

    private static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }

    /**
     * With an external server (credlink.neo4j.embedded=false) there is no store to write offline:
     * the command imports with Cypher upserts over Bolt and leaves the data directory alone.
     */
    @Test
    void anExternalServerIsFilledWithCypherUpserts() throws java.io.IOException {
        Path dir = ImportFixtures.write(tmp.resolve("ds"), ImportFixtures.VALID);
        Path unused = tmp.resolve("unused-data-dir");
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(tmp.resolve("server"), "127.0.0.1", 0, "32m", false, true)) {
            int code = run("import", dir.toString(), "--credlink.neo4j.embedded=false", "--spring.neo4j.uri=" + server.boltUri(),
                    "--credlink.data-dir=" + unused, "--credlink.security.bootstrap-admin-password=command-test-password");
            assertThat(code).as(err()).isZero();
            assertThat(out()).doesNotContain("bulk load").contains("policies.csv");
            try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
                assertThat(driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n").execute().records().get(0)
                        .get("n").asLong()).isGreaterThan(10);
            }
        }
        // no store here: at most the application's own audit journal (empty for a command)
        try (var files = java.nio.file.Files.exists(unused) ? java.nio.file.Files.list(unused)
                : java.util.stream.Stream.<java.nio.file.Path>empty()) {
            assertThat(files.map(f -> f.getFileName().toString())).isSubsetOf("audit-journal");
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

    /**
     * The command reads files as the service does, on both of its paths (the bulk load into the
     * fresh temporary store, and Cypher upserts): a repeated column, a row Commons CSV cannot
     * parse, a row that is not UTF-8 and an over-long field are rejections it prints, with the
     * valid rows imported and exit 0 (the import ran; the report says what it refused).
     */
    @Test
    void brokenFilesAreRejectedWithAMessageOnBothPaths() throws Exception {
        Path dir = ImportFixtures.write(tmp.resolve("broken"), Map.of(
                "insurers.csv", ImportFixtures.VALID.get("insurers.csv"),
                "consumers.csv", "id,id,name,id_number,kind\nCO-1,CO-2,刘洋,310101199001011111,PERSON\n",
                "providers.csv", "id,name,kind\nPV-1,\"顺达\"汽修,GARAGE\nPV-2,仁济医院,HOSPITAL\nPV-3,\"never closed,GARAGE\n",
                "records.csv", "id,subject_id,kind,date,severity,detail\nRE-1,INS-1,COMPLAINT,2024-05-01,2,"
                        + "x".repeat(300) + "\nRE-2,INS-1,COMPLAINT,2024-05-01,2,short\n"));
        Files.write(dir.resolve("intermediaries.csv"), new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', ',', 'k', 'i', 'n', 'd',
            ',', 'l', 'i', 'c', 'e', 'n', 's', 'e', '_', 'n', 'o', ',', 's', 't', 'a', 't', 'u', 's', '\n',
            'I', 'N', 'T', '-', '1', ',', (byte) 0xC3, (byte) 0x28, ',', 'A', 'G', 'E', 'N', 'C', 'Y', ',', ',', 'A', 'C', 'T', 'I',
            'V', 'E', '\n'});
        for (String path : new String[] {"--credlink.ingest.bulk-load=true", "--credlink.ingest.bulk-load=false"}) {
            out.reset();
            int code = run("import", dir.toString(), "--credlink.neo4j.temporary=true", "--credlink.neo4j.procedures=false",
                    "--credlink.ingest.max-field-length=256", path,
                    "--credlink.security.bootstrap-admin-password=command-test-password");
            assertThat(code).as(path + ": " + err()).isZero();
            assertThat(out()).as(path)
                    .contains("consumers.csv: file rejected: columns named more than once id;")
                    .contains("providers.csv:2: not valid CSV: text after the closing quote of a value")
                    .contains("providers.csv:4: not valid CSV: a quoted value is not closed before the end of the file")
                    .contains("intermediaries.csv:2: not valid UTF-8 (line 2)")
                    .contains("records.csv:2: a field is longer than 256 characters (credlink.ingest.max-field-length)")
                    .containsPattern("providers\\.csv +3 +1 +2 ")
                    .containsPattern("records\\.csv +2 +1 +1 ");
            assertThat(out().contains("bulk load into an empty store")).as(path).isEqualTo(path.endsWith("true"));
        }
    }
}
