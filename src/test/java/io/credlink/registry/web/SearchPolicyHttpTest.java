package io.credlink.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.ingest.IdentifierNormaliser;
import io.credlink.ingest.IdentifierNormaliser.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Search is no enumeration oracle for insurers: an INSURER finds its own customers by anything,
 * licensed parties by licence number and name, any party by its exact id, and nobody else; other
 * roles find everything as before. Every identifier kind is tried, and every search is audited
 * with the parties it returned.
 */
@CredLinkTest
class SearchPolicyHttpTest {

    static final String INSURER = "sp-insurer";
    static final String ANALYST = "sp-analyst";

    /** Raw values as a user would type them: one per kind for the customer, one for the stranger. */
    static final Map<Kind, String> OWN = new EnumMap<>(Map.of(
            Kind.PHONE, "13711110001",
            Kind.EMAIL, "own.customer@example.cn",
            Kind.BANK_ACCOUNT, "6222020200112233441",
            Kind.ADDRESS, "福建省厦门市思明区一号路1号",
            Kind.DEVICE, "device-own-0001"));
    static final Map<Kind, String> STRANGER = new EnumMap<>(Map.of(
            Kind.PHONE, "13722220002",
            Kind.EMAIL, "stranger@example.cn",
            Kind.BANK_ACCOUNT, "6222020200998877662",
            Kind.ADDRESS, "福建省厦门市湖里区二号路2号",
            Kind.DEVICE, "device-stranger-0002"));

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        http = new AccessFixtures(port);
        driver.executableQuery("""
                MERGE (i:Entity:Party:Insurer {id: 'INS-SP1'}) SET i.name = 'Searching Insurer', i.licenseNo = 'LIC-SP-INS'
                MERGE (p:Entity:Policy {id: 'POL-SP1'}) SET p.line = 'AUTO', p.status = 'ACTIVE'
                MERGE (own:Entity:Party:Consumer {id: 'CON-SP1'}) SET own.name = 'Spfind Customer', own.kind = 'PERSON'
                MERGE (other:Entity:Party:Consumer {id: 'CON-SP2'}) SET other.name = 'Spfind Stranger', other.kind = 'PERSON'
                MERGE (agent:Entity:Party:Practitioner {id: 'PRC-SP1'})
                  SET agent.name = 'Spfind Agent', agent.kind = 'AGENT', agent.licenseNo = 'LIC-SP-0001', agent.status = 'ACTIVE'
                MERGE (p)-[:ISSUED_BY]->(i)
                MERGE (own)-[:HOLDS]->(p)
                """).execute();
        for (Kind kind : Kind.values()) {
            identifier("CON-SP1", kind, OWN.get(kind));
            identifier("CON-SP2", kind, STRANGER.get(kind));
        }
        for (String[] user : List.of(new String[] {INSURER, "INSURER", ", \"orgId\": \"INS-SP1\""},
                new String[] {ANALYST, "ANALYST", ""})) {
            Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + user[0] + "\", \"password\": \""
                    + AccessFixtures.PASSWORD + "\", \"role\": \"" + user[1] + "\"" + user[2] + "}");
            assertThat(r.status()).as(r.raw().body()).isIn(201, 409);
        }
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    private void identifier(String owner, Kind kind, String raw) {
        String value = IdentifierNormaliser.normalise(kind, raw);
        driver.executableQuery("""
                MATCH (o:Party {id: $owner})
                MERGE (i:Entity:Identifier {id: $id}) SET i.kind = $kind, i.value = $value
                MERGE (o)-[:HAS_IDENTIFIER]->(i)
                """).withParameters(Map.of("owner", owner, "id", IdentifierNormaliser.identifierId(kind, value),
                "kind", kind.name(), "value", value)).execute();
    }

    private List<String> found(String user, String q) {
        Reply r = http.call("GET", "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), user,
                AccessFixtures.passwordOf(user));
        assertThat(r.status()).as(q + ": " + r.raw().body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    @Test
    void anInsurerFindsItsOwnCustomerByEveryIdentifierKindAndAStrangerByNone() {
        for (Kind kind : Kind.values()) {
            assertThat(found(INSURER, OWN.get(kind))).as("own " + kind).contains("CON-SP1");
            assertThat(found(INSURER, STRANGER.get(kind))).as("stranger's " + kind).doesNotContain("CON-SP2")
                    .isEmpty();
        }
    }

    @Test
    void otherRolesStillFindEveryHolder() {
        for (Kind kind : Kind.values()) {
            assertThat(found(ANALYST, STRANGER.get(kind))).as(kind.name()).contains("CON-SP2");
            assertThat(found(AccessFixtures.ADMIN, OWN.get(kind)).isEmpty()).isFalse();
        }
    }

    @Test
    void anInsurerFindsLicensedPartiesByLicenceAndNameAnyPartyByIdAndItsCustomersByName() {
        assertThat(found(INSURER, "LIC-SP-0001")).containsExactly("PRC-SP1");
        assertThat(found(INSURER, "lic-sp-0001")).containsExactly("PRC-SP1");
        // "Spfind" matches all three names; the stranger is neither licensed nor a customer
        assertThat(found(INSURER, "Spfind")).containsExactlyInAnyOrder("PRC-SP1", "CON-SP1");
        assertThat(found(ANALYST, "Spfind")).containsExactlyInAnyOrder("PRC-SP1", "CON-SP1", "CON-SP2");
        assertThat(found(INSURER, "CON-SP2")).containsExactly("CON-SP2");
        // an Identifier by its exact id only when it is the insurer's to see
        String ownPhone = IdentifierNormaliser.identifierId(Kind.PHONE,
                IdentifierNormaliser.normalise(Kind.PHONE, OWN.get(Kind.PHONE)));
        String strangerPhone = IdentifierNormaliser.identifierId(Kind.PHONE,
                IdentifierNormaliser.normalise(Kind.PHONE, STRANGER.get(Kind.PHONE)));
        assertThat(found(INSURER, ownPhone)).contains(ownPhone);
        assertThat(found(INSURER, strangerPhone)).isEmpty();
        assertThat(found(ANALYST, strangerPhone)).contains(strangerPhone);
    }

    @Test
    void everySearchIsAuditedWithThePartiesItReturned() {
        String purpose = "search-policy-" + System.nanoTime();
        Reply r = http.send(http.request("GET", "/api/v1/search?q=Spfind", INSURER, AccessFixtures.PASSWORD)
                .header("X-Purpose", purpose).build());
        assertThat(r.status()).isEqualTo(200);
        for (String id : List.of("PRC-SP1", "CON-SP1")) {
            JsonNode trail = http.asAdmin("GET", "/api/v1/audit?entityId=" + id + "&actor=" + INSURER).json();
            assertThat(trail.get("items").valueStream().map(e -> e.path("purpose").asString(""))).as(id)
                    .contains(purpose);
        }
        JsonNode hidden = http.asAdmin("GET", "/api/v1/audit?entityId=CON-SP2&actor=" + INSURER).json();
        assertThat(hidden.get("items").valueStream().map(e -> e.path("purpose").asString(""))).doesNotContain(purpose);
    }
}
