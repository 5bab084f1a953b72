package io.credlink.resolution.web;

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
 * "Same as" members where the explorer shows them: the network carries resolution's links with
 * their score and evidence, an insurer learns of no member it does not see in full (network,
 * matches, resolved entity), and the decisions taken on a party's pairs are listed.
 */
@CredLinkTest
class SameAsHttpTest {

    static final String INSURER_A = "same-as-insurer-a";
    static final String INSURER_B = "same-as-insurer-b";

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
        for (String[] u : List.of(new String[] {INSURER_A, "RINS-A"}, new String[] {INSURER_B, "RINS-B"})) {
            Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + u[0] + "\", \"password\": \""
                    + AccessFixtures.PASSWORD + "\", \"role\": \"INSURER\", \"orgId\": \"" + u[1] + "\"}");
            assertThat(r.status()).as(r.raw().body()).isIn(201, 409);
        }
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void theNetworkShowsTheSameAsLinkWithItsScoreAndEvidence() {
        JsonNode net = http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/network?depth=1").json();
        assertThat(nodeIds(net)).contains(PERSON_B);
        JsonNode link = sameAs(net, PERSON_A, PERSON_B);
        assertThat(link).as("the SAME_AS edge between the two records").isNotNull();
        JsonNode props = link.get("properties");
        assertThat(props.get("decision").asString()).isEqualTo("MATCH");
        double logit = 0;
        List<String> fields = new ArrayList<>();
        for (JsonNode e : props.get("evidence")) {
            logit += e.get("weight").asDouble();
            fields.add(e.get("field").asString() + "=" + e.get("comparison").asString());
        }
        assertThat(fields).contains("prior=BASE_RATE", "idNumber=EXACT", "name=EXACT");
        double odds = Math.pow(2, logit);
        assertThat(Double.isInfinite(odds) ? 1.0 : odds / (1 + odds)).isCloseTo(props.get("score").asDouble(), within(1e-9));
        // the evidence as the resolution API gives it, not the stored parallel lists
        assertThat(props.has("fields")).isFalse();
        JsonNode match = http.asAdmin("GET", "/api/v1/entities/" + PERSON_A + "/matches").json();
        for (JsonNode m : match.get("items")) {
            if (m.get("entityId").asString().equals(PERSON_B)) {
                assertThat(props.get("evidence")).isEqualTo(m.get("evidence"));
                assertThat(props.get("score").asDouble()).isEqualTo(m.get("score").asDouble());
            }
        }
    }

    @Test
    void anInsurerLearnsOfNoMemberItDoesNotSeeInFull() {
        // RA-C1 is insurer A's customer, RB-C1 insurer B's: each insurer sees its own record only
        Reply net = http.call("GET", "/api/v1/entities/" + PERSON_A + "/network?depth=2", INSURER_A, AccessFixtures.PASSWORD);
        assertThat(net.status()).isEqualTo(200);
        // the typo record shares A's phone: a neighbour through the phone, as any holder is, but no "same as"
        assertThat(nodeIds(net.json())).contains(PERSON_A, "RPO-1", PERSON_TYPO).doesNotContain(PERSON_B);
        assertThat(net.raw().body()).doesNotContain("SAME_AS");
        // nor how many links resolution holds for its customer
        assertThat(http.call("GET", "/api/v1/entities/" + PERSON_A, INSURER_A, AccessFixtures.PASSWORD).raw().body())
                .doesNotContain("SAME_AS");
        assertThat(http.asAdmin("GET", "/api/v1/entities/" + PERSON_A).raw().body()).contains("SAME_AS");
        Reply matches = http.call("GET", "/api/v1/entities/" + PERSON_A + "/matches", INSURER_A, AccessFixtures.PASSWORD);
        assertThat(matches.status()).isEqualTo(200);
        assertThat(matches.raw().body()).doesNotContain(PERSON_B).doesNotContain(PERSON_TYPO);
        Reply resolved = http.call("GET", "/api/v1/resolved/" + PERSON_A, INSURER_A, AccessFixtures.PASSWORD);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.raw().body()).contains(PERSON_A).doesNotContain(PERSON_B);
        // nor by a path: an analyst's shortest path is the link itself, the insurer's goes through the
        // shared phone and e-mail of the typo record (A -> phone -> typo -> e-mail -> B)
        String paths = "/api/v1/paths?from=" + PERSON_A + "&to=" + PERSON_B + "&maxHops=6";
        assertThat(http.call("GET", paths, users.get(Role.ANALYST), AccessFixtures.PASSWORD).json().get("length").asInt())
                .isEqualTo(1);
        JsonNode insurerPaths = http.call("GET", paths, INSURER_A, AccessFixtures.PASSWORD).json();
        assertThat(insurerPaths.get("length").asInt()).isEqualTo(4);
        assertThat(insurerPaths.toString()).doesNotContain("SAME_AS");
        // insurer B does not learn of A's record as a neighbour or a candidate
        Reply fromB = http.call("GET", "/api/v1/entities/" + PERSON_B + "/network?depth=1", INSURER_B, AccessFixtures.PASSWORD);
        assertThat(nodeIds(fromB.json())).contains(PERSON_B).doesNotContain(PERSON_A);
        // (its resolvedId is still the smallest member's id: docs/security.md names that gap)
        assertThat(http.call("GET", "/api/v1/entities/" + PERSON_B + "/matches", INSURER_B, AccessFixtures.PASSWORD)
                .json().get("items").toString()).doesNotContain(PERSON_A);
        // an analyst sees both, and so does the insurer once it may see the other record in full
        assertThat(nodeIds(http.call("GET", "/api/v1/entities/" + PERSON_A + "/network?depth=1", users.get(Role.ANALYST),
                AccessFixtures.PASSWORD).json())).contains(PERSON_B);
        driver.executableQuery("""
                MATCH (c:Party {id: $id}), (p:Policy {id: 'RPO-1'})
                CREATE (c)-[:INSURED_BY]->(p)
                """).withParameters(Map.of("id", PERSON_B)).execute();
        JsonNode seen = http.call("GET", "/api/v1/entities/" + PERSON_A + "/network?depth=1", INSURER_A,
                AccessFixtures.PASSWORD).json();
        assertThat(sameAs(seen, PERSON_A, PERSON_B)).isNotNull();
        assertThat(http.call("GET", "/api/v1/entities/" + PERSON_A + "/matches", INSURER_A, AccessFixtures.PASSWORD)
                .raw().body()).contains(PERSON_B);
    }

    @Test
    void theDecisionsOnAPartysPairsAreListedLatestFirstWithTheReplacedOnesMarked() {
        assertThat(decide(PERSON_A, PERSON_B, "DIFFERENT", "two people", Role.ANALYST).status()).isEqualTo(201);
        assertThat(decide(PERSON_B, PERSON_A, "SAME", "the insurers confirmed it", Role.REGULATOR).status()).isEqualTo(201);
        Reply r = http.call("GET", "/api/v1/resolution/decisions?entityId=" + PERSON_B, users.get(Role.ANALYST),
                AccessFixtures.PASSWORD);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(r.json().get("total").asLong()).isEqualTo(2);
        assertThat(items.get(0).get("decision").asString()).isEqualTo("SAME");
        assertThat(items.get(0).get("reason").asString()).isEqualTo("the insurers confirmed it");
        assertThat(items.get(0).get("decidedBy").asString()).isEqualTo(users.get(Role.REGULATOR));
        assertThat(items.get(0).get("superseded").asBoolean()).isFalse();
        assertThat(items.get(1).get("decision").asString()).isEqualTo("DIFFERENT");
        assertThat(items.get(1).get("superseded").asBoolean()).isTrue();
        assertThat(items.get(0).get("entityId").asString()).isEqualTo(PERSON_A);
        assertThat(items.get(0).get("otherId").asString()).isEqualTo(PERSON_B);
        // paged; every decision without a party; other parties have none
        assertThat(http.asAdmin("GET", "/api/v1/resolution/decisions?entityId=" + PERSON_A + "&size=1").json()
                .get("items").size()).isEqualTo(1);
        assertThat(http.asAdmin("GET", "/api/v1/resolution/decisions").json().get("total").asLong()).isEqualTo(2);
        assertThat(http.asAdmin("GET", "/api/v1/resolution/decisions?entityId=RZ-1").json().get("total").asLong()).isZero();
        // audited under the party asked about
        assertThat(http.asAdmin("GET", "/api/v1/audit?entityId=" + PERSON_B).json().toString())
                .contains("GET /api/v1/resolution/decisions");
    }

    @Test
    void badDecisionListingsAreProblemsAndInsurersMayNotReadThem() {
        Reply unknown = http.asAdmin("GET", "/api/v1/resolution/decisions?entityId=NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        for (String q : List.of("size=0", "size=201", "page=-1", "page=x")) {
            Reply bad = http.asAdmin("GET", "/api/v1/resolution/decisions?" + q);
            assertThat(bad.status()).as(q).isEqualTo(400);
            assertThat(bad.contentType()).as(q).startsWith("application/problem+json");
        }
        assertThat(http.call("GET", "/api/v1/resolution/decisions", users.get(Role.INSURER), AccessFixtures.PASSWORD)
                .status()).isEqualTo(403);
        assertThat(http.call("GET", "/api/v1/resolution/decisions", null, null).status()).isEqualTo(401);
    }

    private Reply decide(String a, String b, String decision, String reason, Role role) {
        String user = users.get(role);
        return http.json("POST", "/api/v1/resolution/decisions", user, AccessFixtures.passwordOf(user),
                "{\"entityId\":\"" + a + "\",\"otherId\":\"" + b + "\",\"decision\":\"" + decision + "\",\"reason\":\""
                        + reason + "\"}");
    }

    private static List<String> nodeIds(JsonNode network) {
        List<String> ids = new ArrayList<>();
        network.get("nodes").forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    private static JsonNode sameAs(JsonNode network, String a, String b) {
        for (JsonNode e : network.get("edges")) {
            if (e.get("type").asString().equals("SAME_AS") && e.get("source").asString().equals(a)
                    && e.get("target").asString().equals(b)) {
                return e;
            }
        }
        return null;
    }
}
