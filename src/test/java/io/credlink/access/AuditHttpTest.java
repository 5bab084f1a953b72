package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;

/** The audit trail: captured for every call, append-only, answering "who looked at this person". */
@CredLinkTest
class AuditHttpTest {

    @Autowired
    Driver driver;

    @Autowired
    AuditTrail audit;

    AccessFixtures http;
    Map<Role, String> users;
    String person;

    @BeforeEach
    void setUp() {
        users = http.usersByRole(driver);
        person = "CON-AUDIT-" + System.nanoTime();
        driver.executableQuery("MERGE (c:Entity:Party:Consumer {id: $id}) SET c.name = 'Audited', c.kind = 'PERSON'")
                .withParameters(Map.of("id", person)).execute();
    }

    @Test
    void aReadIsRecordedWithUserRoleRoutePurposeAndStatus() {
        String analyst = users.get(Role.ANALYST);
        Reply read = http.send(http.request("GET", "/api/v1/entities/" + person, analyst, AccessFixtures.PASSWORD)
                .header("X-Purpose", "claim investigation").build());
        assertThat(read.status()).isEqualTo(200);

        Reply r = http.asAdmin("GET", "/api/v1/audit?entityId=" + person);
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(50);
        assertThat(body.get("total").asLong()).isEqualTo(1);
        JsonNode entry = body.at("/items/0");
        assertThat(entry.get("actor").asString()).isEqualTo(analyst);
        assertThat(entry.get("role").asString()).isEqualTo("ANALYST");
        assertThat(entry.get("action").asString()).isEqualTo("GET /api/v1/entities/{id}");
        assertThat(entry.get("entityId").asString()).isEqualTo(person);
        assertThat(entry.get("purpose").asString()).isEqualTo("claim investigation");
        assertThat(entry.get("status").asInt()).isEqualTo(200);
        assertThat(entry.get("at").asString()).startsWith(LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    @Test
    void whoLookedAtThisPersonThroughTheModuleApi() {
        String insurer = users.get(Role.INSURER);
        http.call("GET", "/api/v1/paths?from=" + person + "&to=CON-ACCESS-FIXTURE", insurer, AccessFixtures.PASSWORD);
        http.call("GET", "/api/v1/entities/" + person + "/network?depth=1", users.get(Role.REGULATOR),
                AccessFixtures.PASSWORD);
        AuditPage page = audit.about(person, 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(AuditEntryView::actor).containsExactly(users.get(Role.REGULATOR), insurer);
        assertThat(page.items()).extracting(AuditEntryView::action)
                .containsExactly("GET /api/v1/entities/{id}/network", "GET /api/v1/paths");
    }

    @Test
    void idsInAJsonBodyAreRecordedEachAsItsOwnEntry() {
        String other = person + "-B";
        http.json("POST", "/api/v1/counterparty-checks", users.get(Role.INSURER), AccessFixtures.PASSWORD,
                "{\"ids\": [\"" + person + "\", \"" + other + "\"]}");
        assertThat(audit.about(person, 0, 10).items()).extracting(AuditEntryView::action)
                .containsExactly("POST /api/v1/counterparty-checks");
        assertThat(audit.about(other, 0, 10).total()).isEqualTo(1);
    }

    @Test
    void filtersByActorAndTimeCombine() {
        String regulator = users.get(Role.REGULATOR);
        http.call("GET", "/api/v1/entities/" + person, regulator, AccessFixtures.PASSWORD);
        http.asAdmin("GET", "/api/v1/entities/" + person);
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        JsonNode mine = http.asAdmin("GET", "/api/v1/audit?entityId=" + person + "&actor=" + regulator
                + "&from=" + today + "&to=" + today).json();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.at("/items/0/actor").asString()).isEqualTo(regulator);
        assertThat(http.asAdmin("GET", "/api/v1/audit?entityId=" + person + "&from=" + tomorrow).json()
                .get("total").asLong()).isZero();
        JsonNode byActor = http.call("GET", "/api/v1/audit?actor=" + regulator + "&size=5", regulator,
                AccessFixtures.PASSWORD).json();
        assertThat(byActor.get("items").size()).isBetween(1, 5);
        byActor.get("items").forEach(e -> assertThat(e.get("actor").asString()).isEqualTo(regulator));
        Reply bad = http.asAdmin("GET", "/api/v1/audit?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("from");
    }

    @Test
    void theTrailIsAppendOnlyAndSurvivesDomainCleanUp() {
        http.asAdmin("GET", "/api/v1/entities/" + person);
        audit.flush();
        for (String method : List.of("DELETE", "PUT", "PATCH")) {
            assertThat(http.asAdmin(method, "/api/v1/audit").status()).as(method).isIn(403, 405);
        }
        assertThat(http.asAdmin("POST", "/api/v1/audit").status()).isIn(403, 405);
        GraphFixtures.deleteDomainData(driver);
        var row = driver.executableQuery("MATCH (a:AuditEntry {entityId: $id}) RETURN count(a) AS n, "
                + "collect(labels(a)) AS labels").withParameters(Map.of("id", person)).execute().records().get(0);
        assertThat(row.get("n").asLong()).isEqualTo(1);
        assertThat(row.get("labels").asList().get(0).toString()).isEqualTo("[AuditEntry]");
    }

    @Test
    void onlyRegulatorsAndAdminsReadTheTrail() {
        for (Role role : List.of(Role.ANALYST, Role.INSURER, Role.SUBJECT)) {
            assertThat(http.call("GET", "/api/v1/audit", users.get(role), AccessFixtures.PASSWORD).status())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(http.call("GET", "/api/v1/audit", users.get(Role.REGULATOR), AccessFixtures.PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void concurrentCallsAreAllStoredBeforeTheirAnswersReturn() throws Exception {
        String analyst = users.get(Role.ANALYST);
        int calls = 24;
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String purpose = "concurrent " + i;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return http.send(http.request("GET", "/api/v1/entities/" + person, analyst, AccessFixtures.PASSWORD)
                            .header("X-Purpose", purpose).build()).status();
                }));
            }
            start.countDown();
            for (Future<Integer> f : statuses) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // every answered call is in the audit journal (AuditCrashTest kills the process to show it
        // survives); the graph has it once the trail is flushed, as every search of it does
        audit.flush();
        var row = driver.executableQuery("MATCH (a:AuditEntry {entityId: $id}) RETURN count(a) AS n, "
                + "count(DISTINCT a.purpose) AS purposes")
                .withParameters(Map.of("id", person)).execute().records().get(0);
        assertThat(row.get("n").asLong()).isEqualTo(calls);
        assertThat(row.get("purposes").asLong()).isEqualTo(calls);
    }
}
