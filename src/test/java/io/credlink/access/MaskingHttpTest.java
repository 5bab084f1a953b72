package io.credlink.access;

import static io.credlink.access.PrivacyFixture.AGENT_ID_NUMBER;
import static io.credlink.access.PrivacyFixture.OTHER_EMAIL;
import static io.credlink.access.PrivacyFixture.OTHER_ID_NUMBER;
import static io.credlink.access.PrivacyFixture.OTHER_PHONE;
import static io.credlink.access.PrivacyFixture.OWN_ID_NUMBER;
import static io.credlink.access.PrivacyFixture.SHARED_PHONE;
import static io.credlink.access.PrivacyFixture.asInsurer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;

/** Insurer scoping over HTTP: own policies, claims and customers in full, everyone else's PII masked. */
@CredLinkTest
class MaskingHttpTest {

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        PrivacyFixture.create(driver, http);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void anInsurerSeesItsOwnCustomerInFull() {
        Reply r = asInsurer(http, "GET", "/api/v1/entities/CON-PV1");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/properties/idNumber").asString()).isEqualTo(OWN_ID_NUMBER);
        assertThat(r.json().at("/properties/name").asString()).isEqualTo("Own Customer");
    }

    @Test
    void anotherInsurersCustomerAndAnAgentAreMasked() {
        Reply other = asInsurer(http, "GET", "/api/v1/entities/CON-PV2");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().at("/properties/idNumber").asString()).isEqualTo("6301**********5678");
        assertThat(other.json().at("/id").asString()).isEqualTo("CON-PV2");
        assertThat(other.raw().body()).doesNotContain(OTHER_ID_NUMBER);
        Reply agent = asInsurer(http, "GET", "/api/v1/entities/PRC-PV1");
        assertThat(agent.raw().body()).doesNotContain(AGENT_ID_NUMBER).contains("1101**********4321");
    }

    @Test
    void identifiersAreMaskedUnlessTheyBelongToACustomer() {
        Reply phone = asInsurer(http, "GET", "/api/v1/entities/PHONE:" + OTHER_PHONE);
        assertThat(phone.status()).isEqualTo(200);
        assertThat(phone.raw().body()).doesNotContain(OTHER_PHONE);
        assertThat(phone.json().at("/id").asString()).isEqualTo("PHONE:139*****002");
        assertThat(phone.json().at("/properties/value").asString()).isEqualTo("139*****002");
        Reply shared = asInsurer(http, "GET", "/api/v1/entities/PHONE:" + SHARED_PHONE);
        assertThat(shared.json().at("/properties/value").asString()).isEqualTo(SHARED_PHONE);
    }

    @Test
    void networksShowOtherPartiesIdentifiersMasked() {
        Reply r = asInsurer(http, "GET", "/api/v1/entities/CON-PV2/network?depth=2");
        assertThat(r.status()).isEqualTo(200);
        String body = r.raw().body();
        assertThat(body).doesNotContain(OTHER_PHONE).doesNotContain(OTHER_EMAIL).doesNotContain(OTHER_ID_NUMBER);
        assertThat(body).contains("PHONE:139*****002").contains("PHONE:" + SHARED_PHONE);
        JsonNode nodes = r.json().get("nodes");
        assertThat(nodes.valueStream().map(n -> n.get("id").asString())).contains("CON-PV1", "CON-PV2", "POL-PV2");
        // edges stay consistent with the masked node ids
        assertThat(r.json().get("edges").valueStream().map(e -> e.get("target").asString()))
                .contains("PHONE:139*****002");
    }

    @Test
    void pathsThroughOtherPartiesIdentifiersAreMasked() {
        driver.executableQuery("""
                MERGE (c:Entity:Party:Consumer {id: 'CON-PV3'}) SET c.name = 'Third', c.kind = 'PERSON'
                WITH c MATCH (ph:Identifier {id: 'PHONE:' + $phone}) MERGE (c)-[:HAS_IDENTIFIER]->(ph)""")
                .withParameters(java.util.Map.of("phone", OTHER_PHONE)).execute();
        Reply r = asInsurer(http, "GET", "/api/v1/paths?from=CON-PV2&to=CON-PV3&maxHops=2");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().body()).doesNotContain(OTHER_PHONE).contains("PHONE:139*****002");
        assertThat(r.json().at("/paths/0/1").asString()).isEqualTo("PHONE:139*****002");
    }

    @Test
    void searchHitsOfIdentifiersAreMasked() {
        Reply r = asInsurer(http, "GET", "/api/v1/search?q=" + OTHER_EMAIL);
        assertThat(r.status()).isEqualTo(200);
        r.json().get("items").forEach(hit -> assertThat(hit.toString()).doesNotContain(OTHER_EMAIL));
    }

    @Test
    void streamedCsvAnswersPassThroughTheMaskingFilter() {
        Reply recorded = http.postJsonAsAdmin("/api/v1/sanctions", "{\"id\": \"SAN-PV1\", \"subjectId\": \"CON-PV2\", "
                + "\"authority\": \"Regulator\", \"kind\": \"FINE\", \"severity\": 3, \"blacklist\": true, "
                + "\"decidedOn\": \"2024-01-01\", \"effectiveFrom\": \"2024-01-01\"}");
        assertThat(recorded.status()).as(recorded.raw().body()).isIn(200, 201);
        Reply csv = http.send(http.request("GET", "/api/v1/lists/black?asOf=2024-06-01", PrivacyFixture.INSURER_USER,
                AccessFixtures.PASSWORD).header("Accept", "text/csv").build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith("party_id,name,").contains("CON-PV2,Other Customer");
        assertThat(csv.header("Content-Length")).isNotNull();
    }

    @Test
    void adminsAnalystsAndRegulatorsSeeEverything() {
        Reply r = http.asAdmin("GET", "/api/v1/entities/CON-PV2/network?depth=2");
        assertThat(r.raw().body()).contains(OTHER_PHONE).contains(OTHER_EMAIL);
        assertThat(http.asAdmin("GET", "/api/v1/entities/CON-PV2").json().at("/properties/idNumber").asString())
                .isEqualTo(OTHER_ID_NUMBER);
    }

    @Test
    void anApprovedPiiRequestShowsTheNonCustomerInFull() {
        Reply filed = http.json("POST", "/api/v1/access-requests", PrivacyFixture.INSURER_USER, AccessFixtures.PASSWORD,
                "{\"entityId\": \"CON-PV2\", \"scope\": \"PII\", \"purpose\": \"claim investigation CLM-PV1\"}");
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        assertThat(asInsurer(http, "GET", "/api/v1/entities/CON-PV2").raw().body()).doesNotContain(OTHER_ID_NUMBER);
        String id = filed.json().get("id").asString();
        Reply approved = http.json("POST", "/api/v1/access-requests/" + id + "/decision", AccessFixtures.ADMIN,
                AccessFixtures.ADMIN_PASSWORD, "{\"approve\": true, \"reason\": \"ok\"}");
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        Reply r = asInsurer(http, "GET", "/api/v1/entities/CON-PV2");
        assertThat(r.json().at("/properties/idNumber").asString()).isEqualTo(OTHER_ID_NUMBER);
        Reply phone = asInsurer(http, "GET", "/api/v1/entities/PHONE:" + OTHER_PHONE);
        assertThat(phone.json().at("/properties/value").asString()).isEqualTo(OTHER_PHONE);
        // the agent is still masked
        assertThat(asInsurer(http, "GET", "/api/v1/entities/PRC-PV1").raw().body()).doesNotContain(AGENT_ID_NUMBER);
        driver.executableQuery("MATCH (r:AccessRequest {id: $id}) DETACH DELETE r")
                .withParameters(java.util.Map.of("id", id)).execute();
    }
}
