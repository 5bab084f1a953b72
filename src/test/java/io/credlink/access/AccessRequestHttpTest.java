package io.credlink.access;

import static io.credlink.access.PrivacyFixture.asInsurer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;

/** Special approval end to end: an insurer asks, a regulator decides, the approval lasts and is audited. */
@CredLinkTest
class AccessRequestHttpTest {

    @Autowired
    Driver driver;

    @Autowired
    AuditTrail audit;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void setUp() {
        users = http.usersByRole(driver);
        PrivacyFixture.create(driver, http);
        driver.executableQuery("MATCH (r:AccessRequest {orgId: 'INS-PV1'}) DETACH DELETE r").execute();
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (r:AccessRequest {orgId: 'INS-PV1'}) DETACH DELETE r").execute();
        GraphFixtures.deleteDomainData(driver);
    }

    Reply file(String entityId, String scope) {
        return http.json("POST", "/api/v1/access-requests", PrivacyFixture.INSURER_USER, AccessFixtures.PASSWORD,
                "{\"entityId\": \"" + entityId + "\", \"scope\": \"" + scope + "\", \"purpose\": \"fraud check\"}");
    }

    Reply decide(String id, boolean approve) {
        return http.json("POST", "/api/v1/access-requests/" + id + "/decision", users.get(Role.REGULATOR),
                AccessFixtures.PASSWORD, "{\"approve\": " + approve + ", \"reason\": \"checked\"}");
    }

    @Test
    void aDeepNetworkNeedsAnApprovalThatARegulatorGives() {
        assertThat(asInsurer(http, "GET", "/api/v1/entities/CON-PV2/network?depth=2").status()).isEqualTo(200);
        Reply refused = asInsurer(http, "GET", "/api/v1/entities/CON-PV2/network?depth=3");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://credlink.io/problems/access-request-required");
        assertThat(refused.json().get("accessRequests").asString()).isEqualTo("/api/v1/access-requests");
        assertThat(refused.json().get("scope").asString()).isEqualTo("DEEP_NETWORK");
        // other roles are not limited
        assertThat(http.asAdmin("GET", "/api/v1/entities/CON-PV2/network?depth=3").status()).isEqualTo(200);

        Reply filed = file("CON-PV2", "DEEP_NETWORK");
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        JsonNode request = filed.json();
        assertThat(request.get("status").asString()).isEqualTo("PENDING");
        assertThat(request.get("orgId").asString()).isEqualTo("INS-PV1");
        assertThat(request.get("requestedBy").asString()).isEqualTo(PrivacyFixture.INSURER_USER);
        String id = request.get("id").asString();
        assertThat(filed.header("Location")).endsWith("/api/v1/access-requests/" + id);

        JsonNode pending = http.call("GET", "/api/v1/access-requests?size=1000", users.get(Role.REGULATOR),
                AccessFixtures.PASSWORD).json();
        assertThat(pending.get("items").valueStream().map(i -> i.get("id").asString())).contains(id);
        JsonNode own = asInsurer(http, "GET", "/api/v1/access-requests").json();
        assertThat(own.get("items").valueStream().map(i -> i.get("id").asString())).containsExactly(id);
        assertThat(asInsurer(http, "GET", "/api/v1/entities/CON-PV2/network?depth=3").status()).isEqualTo(403);

        Reply approved = decide(id, true);
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo(users.get(Role.REGULATOR));
        java.time.Instant expires = java.time.Instant.parse(approved.json().get("expiresAt").asString());
        assertThat(expires).isBetween(java.time.Instant.now().plusSeconds(23 * 3600),
                java.time.Instant.now().plusSeconds(25 * 3600));

        Reply deep = asInsurer(http, "GET", "/api/v1/entities/CON-PV2/network?depth=3");
        assertThat(deep.status()).isEqualTo(200);
        assertThat(deep.raw().body()).doesNotContain(PrivacyFixture.OTHER_PHONE);
        // an approval for one entity opens no other
        assertThat(asInsurer(http, "GET", "/api/v1/entities/CON-PV1/network?depth=3").status()).isEqualTo(403);

        assertThat(decide(id, false).status()).as("decisions are final").isEqualTo(409);
        assertThat(audit.about("CON-PV2", 0, 200).items()).extracting(AuditEntryView::action)
                .contains("access-request DEEP_NETWORK", "access-request approved DEEP_NETWORK",
                        "GET /api/v1/entities/{id}/network");
        assertThat(audit.about("CON-PV2", 0, 200).items()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("GET /api/v1/entities/{id}/network");
            assertThat(e.status()).isEqualTo(403);
        });
    }

    @Test
    void anApprovalExpires() {
        String id = file("CON-PV2", "DEEP_NETWORK").json().get("id").asString();
        decide(id, true);
        assertThat(asInsurer(http, "GET", "/api/v1/entities/CON-PV2/network?depth=3").status()).isEqualTo(200);
        driver.executableQuery("MATCH (r:AccessRequest {id: $id}) SET r.expiresAt = datetime() - duration('PT1S')")
                .withParameters(Map.of("id", id)).execute();
        assertThat(asInsurer(http, "GET", "/api/v1/entities/CON-PV2/network?depth=3").status()).isEqualTo(403);
        assertThat(asInsurer(http, "GET", "/api/v1/access-requests/" + id).json().get("status").asString())
                .isEqualTo("EXPIRED");
    }

    @Test
    void aRejectionOpensNothing() {
        String id = file("CON-PV2", "PII").json().get("id").asString();
        Reply rejected = decide(id, false);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("expiresAt").isNull()).isTrue();
        assertThat(asInsurer(http, "GET", "/api/v1/entities/CON-PV2").raw().body())
                .doesNotContain(PrivacyFixture.OTHER_ID_NUMBER);
    }

    @Test
    void badRequestsAreProblems() {
        Reply unknownEntity = file("NOPE-" + System.nanoTime(), "PII");
        assertThat(unknownEntity.status()).isEqualTo(400);
        assertThat(unknownEntity.json().at("/errors/0/field").asString()).isEqualTo("entityId");
        Reply badScope = file("CON-PV2", "EVERYTHING");
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(decide("AR-none", true).status()).isEqualTo(404);
        assertThat(http.json("POST", "/api/v1/access-requests", PrivacyFixture.INSURER_USER, AccessFixtures.PASSWORD,
                "{\"entityId\": \"CON-PV2\", \"scope\": \"PII\"}").status()).isEqualTo(400);
        // another insurer's request is not found for this one; regulators cannot file, insurers cannot decide
        assertThat(http.json("POST", "/api/v1/access-requests", users.get(Role.REGULATOR), AccessFixtures.PASSWORD,
                "{\"entityId\": \"CON-PV2\", \"scope\": \"PII\", \"purpose\": \"x\"}").status()).isEqualTo(403);
        String id = file("CON-PV2", "PII").json().get("id").asString();
        assertThat(http.call("GET", "/api/v1/access-requests/" + id, users.get(Role.INSURER), AccessFixtures.PASSWORD)
                .status()).isEqualTo(404);
        assertThat(http.json("POST", "/api/v1/access-requests/" + id + "/decision", PrivacyFixture.INSURER_USER,
                AccessFixtures.PASSWORD, "{\"approve\": true}").status()).isEqualTo(403);
    }
}
