package io.credlink.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.AuditTrail;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/** A SUBJECT reads its own credit report: score, sanctions and records, and who looked at it. */
@CredLinkTest
class CreditReportHttpTest {

    static final String SUBJECT_ID = AccessFixtures.SUBJECT_ID;

    @Autowired
    Driver driver;

    @Autowired
    AuditTrail audit;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void fixture() {
        GraphFixtures.deleteDomainData(driver);
        users = http.usersByRole(driver);
        driver.executableQuery("""
                MATCH (c:Consumer {id: $subject})
                CREATE (s:Entity:Sanction {id: 'S-REPORT', authority: 'NFRA Jiangsu', kind: 'FINE', severity: 2,
                        blacklist: false, decidedOn: date('2024-03-01'), effectiveFrom: date('2024-03-01'),
                        reason: 'late disclosure', disputed: false, withdrawn: false})-[:AGAINST]->(c)
                CREATE (r:Entity:CreditRecord {id: 'REC-REPORT', kind: 'COMPLAINT', date: date('2025-01-15'), severity: 2,
                        detail: 'slow payment', disputed: false})-[:ABOUT]->(c)
                """).withParameters(Map.of("subject", SUBJECT_ID)).execute();
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    Reply as(Role role, String path, String purpose) {
        String user = users.get(role);
        var request = http.request("GET", path, user, AccessFixtures.passwordOf(user));
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        return http.send(request.build());
    }

    @Test
    void theSubjectSeesItsScoreItsItemsAndWhoLookedAtIt() {
        Reply looked = as(Role.INSURER, "/api/v1/entities/" + SUBJECT_ID, "underwriting");
        assertThat(looked.status()).isEqualTo(200);
        audit.flush();

        Reply report = as(Role.SUBJECT, "/api/v1/me/credit-report", null);

        assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.get("entityId").asString()).isEqualTo(SUBJECT_ID);
        JsonNode score = body.get("score");
        int sum = score.get("base").asInt();
        for (JsonNode f : score.get("factors")) {
            sum += f.get("contribution").asInt();
        }
        assertThat(sum).isEqualTo(score.get("score").asInt());
        assertThat(score.get("factors").findValuesAsString("name")).isNotEmpty();
        assertThat(body.get("sanctions").findValuesAsString("id")).containsExactly("S-REPORT");
        assertThat(body.get("records").findValuesAsString("id")).containsExactly("REC-REPORT");
        assertThat(body.get("queriesTotal").asLong()).isPositive();
        boolean insurerLooked = false;
        for (JsonNode q : body.get("queries")) {
            if (q.get("actor").asString().equals(users.get(Role.INSURER))) {
                insurerLooked |= "underwriting".equals(q.get("purpose").asString(null));
            }
        }
        assertThat(insurerLooked).as(body.get("queries").toString()).isTrue();
    }

    @Test
    void onlySubjectsHaveAReport() {
        for (Role role : new Role[] {Role.ADMIN, Role.REGULATOR, Role.ANALYST, Role.INSURER}) {
            assertThat(as(role, "/api/v1/me/credit-report", null).status()).as(role.name()).isEqualTo(403);
        }
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(
                http.uri("/api/v1/me/credit-report")).GET().build()).status()).isEqualTo(401);
    }
}
