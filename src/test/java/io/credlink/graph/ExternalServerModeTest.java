package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.credlink.CredLinkApplication;

/**
 * With {@code credlink.neo4j.embedded=false} the application starts no DBMS of its own and
 * works against the server {@code spring.neo4j.uri} names. The "server" here is a separate
 * DBMS on its own store and port, reached over Bolt like any remote one.
 */
class ExternalServerModeTest {

    @TempDir
    static Path dir;

    static EmbeddedNeo4j server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedNeo4j.start(dir.resolve("server"), "127.0.0.1", 0, "32m", false, false);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static ConfigurableApplicationContext app(String... args) {
        return new SpringApplicationBuilder(CredLinkApplication.class)
                .web(WebApplicationType.NONE)
                .properties("credlink.ingest.load-sample=false",
                        "credlink.security.bootstrap-admin-password=external-mode-test",
                        "logging.level.io.credlink=WARN")
                .run(args);
    }

    @ParameterizedTest(name = "{0} URI")
    @ValueSource(strings = {"bolt", "neo4j"})
    void usesTheConfiguredServerAndStartsNoEmbeddedDbms(String scheme) throws java.io.IOException {
        String uri = scheme + "://127.0.0.1:" + server.boltUri().getPort();
        String id = "EXT-" + scheme;
        try (ConfigurableApplicationContext ctx = app("--credlink.neo4j.embedded=false", "--spring.neo4j.uri=" + uri,
                "--credlink.data-dir=" + dir.resolve("must-stay-empty"))) {
            assertThat(ctx.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            Driver driver = ctx.getBean(Driver.class);
            driver.executableQuery("CREATE (:Entity:Insurer {id: $id, name: 'External'})")
                    .withParameters(java.util.Map.of("id", id)).execute();
        }
        // the data directory holds only the application's own local files (the audit journal),
        // never a store: no DBMS was started here
        Path local = dir.resolve("must-stay-empty");
        try (var files = Files.exists(local) ? Files.list(local) : java.util.stream.Stream.<Path>empty()) {
            assertThat(files.map(f -> f.getFileName().toString())).isSubsetOf("audit-journal");
        }
        assertThat(local.resolve("data")).doesNotExist();
        try (Driver direct = GraphDatabase.driver(server.boltUri())) {
            long found = direct.executableQuery("MATCH (n:Insurer {id: $id}) RETURN count(n) AS n")
                    .withParameters(java.util.Map.of("id", id)).execute().records().get(0).get("n").asLong();
            assertThat(found).isEqualTo(1);
            long migrations = direct.executableQuery("MATCH (m:__CredLinkMigration) RETURN count(m) AS n")
                    .execute().records().get(0).get("n").asLong();
            assertThat(migrations).as("schema migrated on the external server").isPositive();
        }
    }

    @Test
    void aSecondStartOnTheSameDataDirectoryKeepsTheData() {
        Path store = dir.resolve("restart");
        String[] args = {"--credlink.data-dir=" + store, "--credlink.neo4j.procedures=false"};
        long migrationsFirst;
        try (ConfigurableApplicationContext first = app(args)) {
            Driver driver = first.getBean(Driver.class);
            driver.executableQuery("CREATE (:Entity:Consumer {id: 'KEEP-1', name: '王芳', kind: 'PERSON'})").execute();
            migrationsFirst = driver.executableQuery("MATCH (m:__CredLinkMigration) RETURN count(m) AS n")
                    .execute().records().get(0).get("n").asLong();
        }
        try (ConfigurableApplicationContext second = app(args)) {
            Driver driver = second.getBean(Driver.class);
            var row = driver.executableQuery("MATCH (c:Consumer {id: 'KEEP-1'}) RETURN c.name AS name, "
                    + "COUNT { (m:__CredLinkMigration) } AS migrations").execute().records().get(0);
            assertThat(row.get("name").asString()).isEqualTo("王芳");
            assertThat(row.get("migrations").asLong()).as("no migration applied twice").isEqualTo(migrationsFirst);
        }
    }
}
