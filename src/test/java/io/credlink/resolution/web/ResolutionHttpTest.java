package io.credlink.resolution.web;

import static io.credlink.resolution.ResolutionFixture.HOUSEHOLD_1;
import static io.credlink.resolution.ResolutionFixture.HOUSEHOLD_2;
import static io.credlink.resolution.ResolutionFixture.PERSON_A;
import static io.credlink.resolution.ResolutionFixture.PERSON_B;
import static io.credlink.resolution.ResolutionFixture.PERSON_TYPO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import io.credlink.resolution.ResolutionFixture;
import tools.jackson.databind.JsonNode;

/**
 * The resolution endpoints over HTTP on the real embedded graph: the import resolves what it
 * brought, entities carry their resolved id, matches carry evidence that adds up, decisions
 * hold across runs and are audited, search finds every member by any form of the id number.
 */
@CredLinkTest
class ResolutionHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void importTheFixture() throws Exception {
        http = new AccessFixtures(port);
        users = http.usersByRole(driver);
        imports.importDirectory(ResolutionFixture.write(Files.createDirectories(dir.resolve("data"))), ImportProgress.NONE);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void theImportResolvesOnePersonAcrossInsurersAndKeepsTheHouseholdApart() {
        JsonNode a = http.asAdmin("GET", "/api/v1/entities/" + PERSON_A).json();
        JsonNode b = http.asAdmin("GET", "/api/v1/entities/" + PERSON_B).json();
        assertThat(a.get("resolvedId").asString()).isEqualTo(PERSON_A);
        assertThat(b.get("resolvedId").asString()).isEqualTo(PERSON_A);
        String h1 = http.asAdmin("GET", "/api/v1/entities/" + HOUSEHOLD_1).json().get("resolvedId").asString();
        String h2 = http.asAdmin("GET", "/api/v1/entities/" + HOUSEHOLD_2).json().get("resolvedId").asString();
        assertThat(h1).isNotEqualTo(h2);
        // a party alone is its own entity
        assertThat(http.asAdmin("GET", "/api/v1/entities/RZ-1").json().get("resolvedId").asString()).isEqualTo("RZ-1");
        // not a party: no resolved id
        assertThat(http.asAdmin("GET", "/api/v1/entities/RPO-1").json().get("resolvedId").isNull()).isTrue();
    }

    @Test
    void matchesCarryTheScoreDecisionAndEvidenceThatAddsUp() {
        Reply r = http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/matches");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("resolvedId").asString()).isEqualTo(PERSON_A);
        JsonNode match = item(body.get("items"), PERSON_B);
        assertThat(match.get("decision").asString()).isEqualTo("MATCH");
        assertThat(match.get("type").asString()).isEqualTo("Consumer");
        assertThat(match.get("name").asString()).isEqualTo("刘德华");
        double logit = 0;
        List<String> fields = new ArrayList<>();
        for (JsonNode e : match.get("evidence")) {
            logit += e.get("weight").asDouble();
            fields.add(e.get("field").asString() + "=" + e.get("comparison").asString());
        }
        assertThat(fields).contains("prior=BASE_RATE", "idNumber=EXACT", "name=EXACT");
        double odds = Math.pow(2, logit);
        assertThat(Double.isInfinite(odds) ? 1.0 : odds / (1 + odds)).isCloseTo(match.get("score").asDouble(),
                within(1e-9));
        // the typo record is at least for review, its id number compared as close
        JsonNode typo = item(body.get("items"), PERSON_TYPO);
        assertThat(typo.get("decision").asString()).isIn("MATCH", "POSSIBLE");
        assertThat(typo.get("evidence").toString()).contains("\"field\":\"idNumber\",\"comparison\":\"CLOSE\"");
        assertThat(http.asAdmin("GET", "/api/v1/entities/NOPE/matches").status()).isEqualTo(404);
    }

    @Test
    void aResolvedEntityListsItsMembersWithTheirInsurersAndLinks() {
        Reply r = http.asAdmin("GET", "/api/v1/resolved/" + PERSON_A);
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        List<String> members = new ArrayList<>();
        body.get("members").forEach(m -> members.add(m.get("entityId").asString()));
        assertThat(members).contains(PERSON_A, PERSON_B);
        assertThat(member(body, PERSON_A).get("insurerIds").toString()).isEqualTo("[\"RINS-A\"]");
        assertThat(member(body, PERSON_B).get("insurerIds").toString()).isEqualTo("[\"RINS-B\"]");
        assertThat(body.get("links").toString()).contains("\"decision\":\"MATCH\"");
        Reply missing = http.asAdmin("GET", "/api/v1/resolved/NOPE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDifferentDecisionSplitsTheEntityHoldsAcrossRunsAndIsReversible() {
        Reply decided = decide(PERSON_B, PERSON_A, "DIFFERENT", "different mothers' names on file", "ANALYST");
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(201);
        assertThat(decided.json().get("decidedBy").asString()).isEqualTo(users.get(Role.ANALYST));
        assertThat(resolvedIdOf(PERSON_B)).isNotEqualTo(resolvedIdOf(PERSON_A));
        // the same valid id number would join them again: the decision wins in every later run,
        // also through the typo record, which matches both
        Reply run = http.postJsonAsAdmin("/api/v1/resolution/runs", "{}");
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("parties").asLong()).isGreaterThan(300);
        assertThat(resolvedIdOf(PERSON_B)).isNotEqualTo(resolvedIdOf(PERSON_A));
        JsonNode link = item(http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/matches").json().get("items"),
                PERSON_B);
        assertThat(link.get("decision").asString()).isEqualTo("REJECTED");
        // a later SAME reverses it
        Reply same = decide(PERSON_A, PERSON_B, "SAME", "confirmed with both insurers", "REGULATOR");
        assertThat(same.status()).isEqualTo(201);
        assertThat(resolvedIdOf(PERSON_B)).isEqualTo(resolvedIdOf(PERSON_A));
        http.postJsonAsAdmin("/api/v1/resolution/runs", "{}");
        assertThat(resolvedIdOf(PERSON_B)).isEqualTo(resolvedIdOf(PERSON_A));
        assertThat(item(http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/matches").json().get("items"), PERSON_B)
                .get("decision").asString()).isEqualTo("CONFIRMED");
        // audited under both parties
        assertThat(http.asAdmin("GET", "/api/v1/audit?entityId=" + PERSON_A).json().toString())
                .contains("POST /api/v1/resolution/decisions");
        assertThat(http.asAdmin("GET", "/api/v1/audit?entityId=" + PERSON_B).json().toString())
                .contains("resolution-decision");
    }

    @Test
    void aSameDecisionJoinsAHouseholdOnlyWhenAPersonSaysSo() {
        assertThat(decide(HOUSEHOLD_1, HOUSEHOLD_2, "SAME", "one person, two numbers: a data error", "ADMIN").status())
                .isEqualTo(201);
        assertThat(resolvedIdOf(HOUSEHOLD_2)).isEqualTo(resolvedIdOf(HOUSEHOLD_1));
        JsonNode link = item(http.asAdmin("GET", "/api/v1/entities/" + HOUSEHOLD_1 + "/matches").json().get("items"),
                HOUSEHOLD_2);
        assertThat(link.get("decision").asString()).isEqualTo("CONFIRMED");
        assertThat(link.get("evidence").toString()).contains("\"field\":\"idNumber\",\"comparison\":\"DIFFERENT\"");
    }

    @Test
    void personDecisionsOutweighAutomaticMatches() {
        // B matched A automatically; a person says A is not H1 but B is: B leaves A for H1
        assertThat(decide(PERSON_A, HOUSEHOLD_1, "DIFFERENT", "not the same", "ADMIN").status()).isEqualTo(201);
        assertThat(decide(PERSON_B, HOUSEHOLD_1, "SAME", "this one is", "ADMIN").status()).isEqualTo(201);
        assertThat(resolvedIdOf(PERSON_B)).isEqualTo(resolvedIdOf(HOUSEHOLD_1));
        assertThat(resolvedIdOf(PERSON_A)).isNotEqualTo(resolvedIdOf(HOUSEHOLD_1));
        http.postJsonAsAdmin("/api/v1/resolution/runs", "{}");
        assertThat(resolvedIdOf(PERSON_B)).isEqualTo(resolvedIdOf(HOUSEHOLD_1));
        assertThat(resolvedIdOf(PERSON_A)).isNotEqualTo(resolvedIdOf(HOUSEHOLD_1));
    }

    @Test
    void aSameDecisionAgainstEarlierDecisionsIsAConflict() {
        assertThat(decide(PERSON_A, PERSON_B, "SAME", "confirmed", "ADMIN").status()).isEqualTo(201);
        assertThat(decide(PERSON_A, HOUSEHOLD_1, "DIFFERENT", "not the same", "ADMIN").status()).isEqualTo(201);
        // B = H1 with A = B would make A = H1 through B
        Reply conflict = decide(PERSON_B, HOUSEHOLD_1, "SAME", "but this one is", "ADMIN");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().get("type").asString()).isEqualTo("https://credlink.io/problems/resolution-conflict");
    }

    @Test
    void badDecisionsAreProblems() {
        assertThat(decide(PERSON_A, "NOPE", "SAME", "x", "ADMIN").status()).isEqualTo(404);
        assertThat(decide(PERSON_A, PERSON_A, "SAME", "x", "ADMIN").status()).isEqualTo(400);
        Reply badEnum = http.json("POST", "/api/v1/resolution/decisions", AccessFixtures.ADMIN,
                AccessFixtures.ADMIN_PASSWORD, "{\"entityId\":\"" + PERSON_A + "\",\"otherId\":\"" + PERSON_B
                        + "\",\"decision\":\"MAYBE\",\"reason\":\"x\"}");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.contentType()).startsWith("application/problem+json");
        Reply noReason = http.json("POST", "/api/v1/resolution/decisions", AccessFixtures.ADMIN,
                AccessFixtures.ADMIN_PASSWORD, "{\"entityId\":\"" + PERSON_A + "\",\"otherId\":\"" + PERSON_B
                        + "\",\"decision\":\"SAME\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(http.asAdmin("GET", "/api/v1/resolution/reviews?size=0").status()).isEqualTo(400);
        assertThat(http.asAdmin("GET", "/api/v1/resolution/reviews?page=-1").status()).isEqualTo(400);
        assertThat(http.asAdmin("GET", "/api/v1/resolution/reviews?page=x").status()).isEqualTo(400);
    }

    @Test
    void theReviewQueueIsPagedHighestScoreFirst() {
        // a pair for review whatever the model learnt from this small population
        driver.executableQuery("""
                MATCH (a:Party {id: 'RZ-1'}), (b:Party {id: 'RZ-2'})
                CREATE (a)-[:SAME_AS {score: 0.5, decision: 'POSSIBLE', fields: ['idNumber'], levels: ['CLOSE'],
                        weights: [3.0], priorWeight: -3.0}]->(b)
                """).execute();
        Reply r = http.call("GET", "/api/v1/resolution/reviews?page=0&size=50", users.get(Role.ANALYST),
                AccessFixtures.PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(50);
        long possible = driver.executableQuery("MATCH ()-[r:SAME_AS {decision: 'POSSIBLE'}]->() RETURN count(r) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(body.get("total").asLong()).isEqualTo(possible);
        assertThat(body.get("items").size()).isPositive();
        double previous = 1.0;
        for (JsonNode item : body.get("items")) {
            assertThat(item.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = item.get("score").asDouble();
            assertThat(item.get("evidence").size()).isGreaterThan(1);
        }
        // deciding a queued pair takes it off the queue
        assertThat(decide("RZ-1", "RZ-2", "DIFFERENT", "checked", "ANALYST").status()).isEqualTo(201);
        assertThat(http.asAdmin("GET", "/api/v1/resolution/reviews").json().get("total").asLong())
                .isEqualTo(possible - 1);
        assertThat(http.call("GET", "/api/v1/resolution/reviews", users.get(Role.INSURER), AccessFixtures.PASSWORD)
                .status()).isEqualTo(403);
    }

    @Test
    void searchFindsEveryMemberByAnyWrittenFormOfTheIdNumber() {
        for (String q : List.of("110105491231002", "11010519491231002X", "11010519491231002x")) {
            Reply r = http.asAdmin("GET", "/api/v1/search?q=" + q);
            assertThat(r.status()).isEqualTo(200);
            List<String> ids = new ArrayList<>();
            r.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
            assertThat(ids).as(q).contains(PERSON_A, PERSON_B);
        }
    }

    @Test
    void anInsurerSeesMatchesWithoutIdNumbersAndMayNotRunOrDecide() {
        Reply r = http.call("GET", "/api/v1/entities/" + PERSON_A + "/matches", users.get(Role.INSURER),
                AccessFixtures.PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().body()).doesNotContain("110105");
        assertThat(http.json("POST", "/api/v1/resolution/runs", users.get(Role.INSURER), AccessFixtures.PASSWORD, "{}")
                .status()).isEqualTo(403);
        assertThat(http.json("POST", "/api/v1/resolution/runs", users.get(Role.ANALYST), AccessFixtures.PASSWORD, "{}")
                .status()).isEqualTo(403);
        assertThat(decide(PERSON_A, PERSON_B, "SAME", "x", "INSURER").status()).isEqualTo(403);
        assertThat(http.call("GET", "/api/v1/resolved/" + PERSON_A, null, null).status()).isEqualTo(401);
    }

    private Reply decide(String a, String b, String decision, String reason, String role) {
        String user = users.get(Role.valueOf(role));
        return http.json("POST", "/api/v1/resolution/decisions", user, AccessFixtures.passwordOf(user),
                "{\"entityId\":\"" + a + "\",\"otherId\":\"" + b + "\",\"decision\":\"" + decision + "\",\"reason\":\""
                        + reason + "\"}");
    }

    private String resolvedIdOf(String id) {
        return http.asAdmin("GET", "/api/v1/entities/" + id).json().get("resolvedId").asString();
    }

    private static JsonNode item(JsonNode items, String entityId) {
        for (JsonNode i : items) {
            if (i.get("entityId").asString().equals(entityId)) {
                return i;
            }
        }
        throw new AssertionError(entityId + " not among " + items);
    }

    private static JsonNode member(JsonNode resolved, String entityId) {
        for (JsonNode m : resolved.get("members")) {
            if (m.get("entityId").asString().equals(entityId)) {
                return m;
            }
        }
        throw new AssertionError(entityId + " not a member");
    }
}
