package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.neo4j.driver.Driver;

/**
 * Two insurers and their customers for the scoping and masking tests. INS-PV1 issued POL-PV1 to
 * CON-PV1 (claim CLM-PV1); INS-PV2 issued POL-PV2 to CON-PV2 (claim CLM-PV2), sold by agent
 * PRC-PV1. CON-PV1 and CON-PV2 share phone 13800000001; CON-PV2 alone has 13900000002 and an
 * e-mail. User {@code privacy-insurer} is an INSURER of INS-PV1.
 */
public final class PrivacyFixture {

    public static final String INSURER_USER = "privacy-insurer";
    public static final String OWN_ID_NUMBER = "630102199001011234";
    public static final String OTHER_ID_NUMBER = "630102198502025678";
    public static final String AGENT_ID_NUMBER = "110101197003034321";
    public static final String SHARED_PHONE = "13800000001";
    public static final String OTHER_PHONE = "13900000002";
    public static final String OTHER_EMAIL = "other.person@example.cn";
    /** An address in its normal form, held by CON-PV2 and CON-PV3 (with spaces, as addresses have). */
    public static final String OTHER_ADDRESS = "天津市河西区青年路785号 33栋 107室";
    public static final String THIRD_PARTY = "CON-PV3";

    private PrivacyFixture() {
    }

    public static void create(Driver driver, AccessFixtures http) {
        driver.executableQuery("""
                MERGE (i1:Entity:Party:Insurer {id: 'INS-PV1'}) SET i1.name = 'Own Insurer', i1.status = 'ACTIVE'
                MERGE (i2:Entity:Party:Insurer {id: 'INS-PV2'}) SET i2.name = 'Other Insurer', i2.status = 'ACTIVE'
                MERGE (c1:Entity:Party:Consumer {id: 'CON-PV1'}) SET c1.name = 'Own Customer', c1.kind = 'PERSON', c1.idNumber = $own
                MERGE (c2:Entity:Party:Consumer {id: 'CON-PV2'}) SET c2.name = 'Other Customer', c2.kind = 'PERSON', c2.idNumber = $other
                MERGE (a:Entity:Party:Practitioner {id: 'PRC-PV1'}) SET a.name = 'Agent', a.kind = 'AGENT', a.status = 'ACTIVE', a.idNumber = $agent
                MERGE (p1:Entity:Policy {id: 'POL-PV1'}) SET p1.line = 'AUTO', p1.status = 'ACTIVE', p1.startDate = date('2024-01-01')
                MERGE (p2:Entity:Policy {id: 'POL-PV2'}) SET p2.line = 'AUTO', p2.status = 'ACTIVE', p2.startDate = date('2024-01-01')
                MERGE (k1:Entity:Claim {id: 'CLM-PV1'}) SET k1.status = 'OPEN', k1.amount = 1000.0, k1.incidentDate = date('2024-03-01')
                MERGE (k2:Entity:Claim {id: 'CLM-PV2'}) SET k2.status = 'OPEN', k2.amount = 2000.0, k2.incidentDate = date('2024-03-01')
                MERGE (ph1:Entity:Identifier {id: 'PHONE:' + $shared}) SET ph1.kind = 'PHONE', ph1.value = $shared
                MERGE (ph2:Entity:Identifier {id: 'PHONE:' + $phone}) SET ph2.kind = 'PHONE', ph2.value = $phone
                MERGE (em:Entity:Identifier {id: 'EMAIL:' + $email}) SET em.kind = 'EMAIL', em.value = $email
                MERGE (p1)-[:ISSUED_BY]->(i1)
                MERGE (p2)-[:ISSUED_BY]->(i2)
                MERGE (c1)-[:HOLDS]->(p1)
                MERGE (c1)-[:INSURED_BY]->(p1)
                MERGE (c2)-[:HOLDS]->(p2)
                MERGE (c2)-[:INSURED_BY]->(p2)
                MERGE (p2)-[:SOLD_BY]->(a)
                MERGE (k1)-[:ON_POLICY]->(p1)
                MERGE (k2)-[:ON_POLICY]->(p2)
                MERGE (c1)-[:FILED]->(k1)
                MERGE (c2)-[:FILED]->(k2)
                MERGE (c1)-[:HAS_IDENTIFIER]->(ph1)
                MERGE (c2)-[:HAS_IDENTIFIER]->(ph1)
                MERGE (c2)-[:HAS_IDENTIFIER]->(ph2)
                MERGE (c2)-[:HAS_IDENTIFIER]->(em)
                """).withParameters(java.util.Map.of("own", OWN_ID_NUMBER, "other", OTHER_ID_NUMBER, "agent",
                AGENT_ID_NUMBER, "shared", SHARED_PHONE, "phone", OTHER_PHONE, "email", OTHER_EMAIL)).execute();
        AccessFixtures.Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + INSURER_USER
                + "\", \"password\": \"" + AccessFixtures.PASSWORD + "\", \"role\": \"INSURER\", \"orgId\": \"INS-PV1\"}");
        assertThat(r.status()).as(r.raw().body()).isIn(201, 409);
    }

    /**
     * {@link #create} plus CON-PV3, a non-customer that shares {@link #OTHER_ADDRESS} with CON-PV2;
     * CON-PV2 is blacklisted (SAN-PV1) and scores are recomputed, so CON-PV3's score explains its
     * exposure by a path through the address.
     */
    public static void createWithSanctionedNeighbour(Driver driver, AccessFixtures http) {
        create(driver, http);
        driver.executableQuery("""
                MATCH (c2:Consumer {id: 'CON-PV2'})
                MERGE (c3:Entity:Party:Consumer {id: $third}) SET c3.name = 'Third Person', c3.kind = 'PERSON'
                MERGE (ad:Entity:Identifier {id: 'ADDRESS:' + $address}) SET ad.kind = 'ADDRESS', ad.value = $address
                MERGE (c2)-[:HAS_IDENTIFIER]->(ad)
                MERGE (c3)-[:HAS_IDENTIFIER]->(ad)
                """).withParameters(java.util.Map.of("third", THIRD_PARTY, "address", OTHER_ADDRESS)).execute();
        AccessFixtures.Reply sanction = http.postJsonAsAdmin("/api/v1/sanctions", "{\"id\": \"SAN-PV1\", "
                + "\"subjectId\": \"CON-PV2\", \"authority\": \"Regulator\", \"kind\": \"FINE\", \"severity\": 3, "
                + "\"blacklist\": true, \"decidedOn\": \"2024-01-01\", \"effectiveFrom\": \"2024-01-01\"}");
        assertThat(sanction.status()).as(sanction.raw().body()).isIn(200, 201);
        AccessFixtures.Reply scores = http.asAdmin("POST", "/api/v1/credit/recomputations");
        assertThat(scores.status()).as(scores.raw().body()).isEqualTo(201);
    }

    public static AccessFixtures.Reply asInsurer(AccessFixtures http, String method, String path) {
        return http.call(method, path, INSURER_USER, AccessFixtures.PASSWORD);
    }
}
