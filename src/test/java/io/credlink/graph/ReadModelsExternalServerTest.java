package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.credlink.CredLinkApplication;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * With an external server ({@code credlink.neo4j.embedded=false}, a DBMS in another JVM reached
 * over Bolt) the check read model and the restrictions projection are built and kept current
 * exactly as with the embedded one, and so is the lists model: they are fed by the
 * application's own writes, not by the DBMS. A sanction recorded over HTTP is in the very next
 * check and black list, and the models serve again once patched or rebuilt after it.
 */
class ReadModelsExternalServerTest {

    @TempDir
    static Path dir;

    static Neo4jServerProcess.Running server;
    static ConfigurableApplicationContext app;
    static AccessFixtures http;

    @BeforeAll
    static void start() throws Exception {
        server = Neo4jServerProcess.start(dir.resolve("server"));
        try (Driver direct = GraphDatabase.driver(server.boltUri())) {
            direct.executableQuery("""
                    CREATE (:Entity:Party:Intermediary {id: 'EXT-AG1', name: 'Agency', kind: 'AGENCY', status: 'ACTIVE'})
                    CREATE (:Entity:Party:Intermediary {id: 'EXT-AG2', name: 'Brokers', kind: 'BROKER', status: 'ACTIVE'})
                    """).execute();
        }
        app = new SpringApplicationBuilder(CredLinkApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--credlink.neo4j.embedded=false", "--spring.neo4j.uri=" + server.boltUri(),
                        "--credlink.data-dir=" + dir.resolve("app"),
                        "--credlink.ingest.load-sample=false",
                        "--credlink.security.bootstrap-admin-password=" + AccessFixtures.ADMIN_PASSWORD,
                        "--credlink.credit.check-read-model.refresh-delay=200ms",
                        "--credlink.sanctions.projection-refresh-delay=200ms",
                        "--logging.level.io.credlink=WARN");
        http = new AccessFixtures(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void bothReadModelsAreCurrentAndFollowTheApplicationsWrites() {
        assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).as("no DBMS in the application's JVM").isEmpty();
        JsonNode health = awaitBothCurrent(-1);
        assertThat(health.at("/components/checkReadModel/details/enabled").asBoolean()).isTrue();
        assertThat(health.at("/components/checkReadModel/details/parties").asInt()).isGreaterThanOrEqualTo(2);
        int patches = health.at("/components/checkReadModel/details/patchesSinceBuilt").asInt();

        Map<Role, String> users = http.usersByRole(app.getBean(Driver.class));
        String regulator = users.get(Role.REGULATOR);
        Reply recorded = http.json("POST", "/api/v1/sanctions", regulator, AccessFixtures.passwordOf(regulator), """
                {"id": "EXT-S1", "subjectId": "EXT-AG1", "authority": "NFRA", "kind": "BAN_FROM_INDUSTRY", "severity": 5,
                 "blacklist": true, "decidedOn": "2024-01-01", "effectiveFrom": "2024-01-02"}""");
        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
        assertThat(check(users).get("blacklisted").asBoolean()).as("in the check right after the answer").isTrue();
        assertThat(blackList(users)).as("on the black list right after the answer").containsExactly("EXT-AG1");

        health = awaitBothCurrent(patches);
        assertThat(health.at("/components/checkReadModel/details/patchesSinceBuilt").asInt())
                .as("patched for the sanction's party, not rebuilt").isGreaterThan(patches);
        JsonNode served = check(users);
        assertThat(served.get("blacklisted").asBoolean()).as("from the patched model").isTrue();
        assertThat(served.get("activeSanctions").get(0).get("sanctionId").asString()).isEqualTo("EXT-S1");
        assertThat(blackList(users)).as("from the rebuilt lists model").containsExactly("EXT-AG1");
    }

    private static List<String> blackList(Map<Role, String> users) {
        String regulator = users.get(Role.REGULATOR);
        Reply r = http.send(http.request("GET", "/api/v1/lists/black?asOf=2024-06-30", regulator,
                AccessFixtures.passwordOf(regulator)).header("Accept", "application/json").build());
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(e -> ids.add(e.get("partyId").asString()));
        return ids;
    }

    private static JsonNode check(Map<Role, String> users) {
        String insurer = users.get(Role.INSURER);
        Reply r = http.json("POST", "/api/v1/counterparty-checks", insurer, AccessFixtures.passwordOf(insurer),
                "{\"ids\": [\"EXT-AG1\", \"EXT-AG2\"]}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json().get("results").get(0);
    }

    /** The health answer once the models serve (and the check model patched past {@code patches}). */
    private static JsonNode awaitBothCurrent(int patches) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        JsonNode health;
        do {
            Reply r = http.asAdmin("GET", "/actuator/health");
            health = r.json();
            if (health.at("/components/checkReadModel/details/current").asBoolean()
                    && health.at("/components/restrictionsProjection/details/current").asBoolean()
                    && health.at("/components/listsModel/details/current").asBoolean()
                    && health.at("/components/checkReadModel/details/patchesSinceBuilt").asInt() > patches) {
                return health;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        assertThat(health.toString()).as("the read models current with an external server").isNull();
        return health;
    }
}
