package io.credlink.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/** The sanction endpoints over HTTP with Basic authentication, status codes and problem details. */
@CredLinkTest
class SanctionHttpTest {

    static final String SANCTION = """
            {"id": %s, "subjectId": "%s", "authority": "NFRA Beijing", "kind": "BAN_FROM_INDUSTRY",
             "severity": %d, "blacklist": true, "decidedOn": "2024-01-05", "effectiveFrom": "2024-01-10",
             "reason": "forged policies"}""";

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    @Test
    void aRegulatorRecordsASanctionAndReadsItsPropagation() {
        Map<Role, String> users = http.usersByRole(driver);
        String regulator = users.get(Role.REGULATOR);
        Reply created = http.json("POST", "/api/v1/sanctions", regulator, AccessFixtures.passwordOf(regulator),
                SANCTION.formatted("\"S-HTTP\"", "Q2", 5));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/sanctions/S-HTTP");
        assertThat(created.json().get("subjectType").asString()).isEqualTo("Practitioner");
        assertThat(created.json().get("withdrawn").asBoolean()).isFalse();

        Reply propagation = http.asAdmin("GET", "/api/v1/sanctions/S-HTTP/propagation?asOf=2024-02-01");
        assertThat(propagation.status()).isEqualTo(200);
        JsonNode body = propagation.json();
        assertThat(body.get("sanctionId").asString()).isEqualTo("S-HTTP");
        assertThat(body.get("asOf").asString()).isEqualTo("2024-02-01");
        assertThat(body.get("inForce").asBoolean()).isTrue();
        JsonNode first = body.get("affected").get(0);
        assertThat(first.get("entityId").asString()).isEqualTo("INS2");
        assertThat(first.get("rule").asString()).isEqualTo("R2");
        assertThat(first.get("measure").asString()).isEqualTo("ENHANCED_SUPERVISION");
        assertThat(first.get("hops").asInt()).isEqualTo(1);
        assertThat(first.get("path").toString()).isEqualTo("[\"Q2\",\"INS2\"]");
        assertThat(first.get("disputed").asBoolean()).isFalse();
        assertThat(body.get("truncated").isArray()).isTrue();
    }

    @Test
    void invalidSanctionsAreProblemsWithFieldErrors() {
        Reply invalid = http.postJsonAsAdmin("/api/v1/sanctions", SANCTION.formatted("null", "Q2", 9));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").toString()).contains("severity");

        Reply endBeforeStart = http.postJsonAsAdmin("/api/v1/sanctions", SANCTION.formatted("null", "Q2", 3)
                .replace("\"reason\"", "\"effectiveTo\": \"2024-01-01\", \"reason\""));
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.json().get("errors").toString()).contains("effectiveTo");

        Reply unknownSubject = http.postJsonAsAdmin("/api/v1/sanctions", SANCTION.formatted("null", "NOBODY", 3));
        assertThat(unknownSubject.status()).isEqualTo(404);
        assertThat(unknownSubject.json().get("type").asString()).isEqualTo("https://credlink.io/problems/subject-not-found");

        Reply duplicate = http.postJsonAsAdmin("/api/v1/sanctions", SANCTION.formatted("\"S-INS1\"", "Q2", 3));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asString()).isEqualTo("https://credlink.io/problems/id-already-used");

        Reply unknownSanction = http.asAdmin("GET", "/api/v1/sanctions/NOPE/propagation");
        assertThat(unknownSanction.status()).isEqualTo(404);
        assertThat(unknownSanction.json().get("type").asString()).isEqualTo("https://credlink.io/problems/sanction-not-found");
    }

    @Test
    void impactAnswersForAProposalAndRecordsNothing() {
        Reply impact = http.postJsonAsAdmin("/api/v1/sanctions/impact?asOf=2024-02-01",
                SANCTION.formatted("null", "C1", 4));

        assertThat(impact.status()).isEqualTo(200);
        assertThat(impact.json().get("affected").findValuesAsString("entityId")).containsExactly("C2", "C3");
        assertThat(driver.executableQuery("MATCH (s:Sanction)-[:AGAINST]->(:Consumer {id: 'C1'}) RETURN count(s) AS n")
                .execute().records().get(0).get("n").asLong()).isEqualTo(1);
    }

    @Test
    void restrictionsOfAPartyAreServed() {
        Reply reply = http.asAdmin("GET", "/api/v1/entities/AG1/restrictions?asOf=2023-01-01");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode r = reply.json().get("restrictions").get(0);
        assertThat(r.get("sanctionId").asString()).isEqualTo("S-INS1");
        assertThat(r.get("rule").asString()).isEqualTo("R3");
        assertThat(r.get("path").toString()).isEqualTo("[\"INS1\",\"P1\",\"AG1\"]");
        assertThat(http.asAdmin("GET", "/api/v1/entities/NOBODY/restrictions").status()).isEqualTo(404);
    }

    @Test
    void theBlackListIsPagedJsonOrCsvWithCommasQuotesAndChineseNamesEscapedAndNoIdNumbers() throws IOException {
        driver.executableQuery("""
                MATCH (p:Practitioner {id: 'Q1'}) SET p.name = '张三, "老张"'
                """).execute();

        Reply page = http.asAdmin("GET", "/api/v1/lists/black?asOf=2023-02-01&page=0&size=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(4);
        assertThat(page.json().get("size").asInt()).isEqualTo(2);
        assertThat(page.json().get("items").findValuesAsString("partyId")).containsExactly("AG3", "C1");

        Reply csv = http.send(http.request("GET", "/api/v1/lists/black?asOf=2023-02-01", AccessFixtures.ADMIN,
                AccessFixtures.ADMIN_PASSWORD).header("Accept", "text/csv").build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).contains("\"张三, \"\"老张\"\"\"").doesNotContain("11010119800101")
                .contains("\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.raw().body())).getRecords();
        assertThat(rows).extracting(r -> r.get("party_id")).containsExactly("AG3", "C1", "INS1", "Q1");
        assertThat(rows.get(3).get("name")).isEqualTo("张三, \"老张\"");
        assertThat(rows.get(2).get("license_no")).isEqualTo("L-INS1");
        assertThat(rows.get(2).get("effective_to")).isEqualTo("2025-06-30");
        assertThat(rows).extracting(r -> r.get("sanctioned_id")).as("a party alone: the sanction is against itself")
                .containsExactly("AG3", "C1", "INS1", "Q1");
        assertThat(rows).extracting(r -> r.get("resolved_id")).containsExactly("AG3", "C1", "INS1", "Q1");
    }

    @Test
    void theRedListIsServedAsJsonAndCsv() {
        Reply page = http.asAdmin("GET", "/api/v1/lists/red?asOf=2023-01-01");
        assertThat(page.json().get("items").findValuesAsString("partyId")).containsExactly("AG1", "INS2");

        Reply csv = http.send(http.request("GET", "/api/v1/lists/red?asOf=2023-01-01", AccessFixtures.ADMIN,
                AccessFixtures.ADMIN_PASSWORD).header("Accept", "text/csv").build());
        assertThat(csv.raw().body())
                .startsWith("party_id,name,type,license_no,record_id,record_kind,date,severity,detail,record_subject_id,"
                        + "resolved_id\r\n")
                .contains("AG1,Beta Agency,Intermediary,L-AG1,REC-AG1,RED_LIST,2022-01-01,3,detail of REC-AG1,AG1,AG1\r\n");
    }

    @Test
    void aRegulatorWithdrawsACreditRecordWithAReasonOnceAndItLeavesTheRedList() {
        Map<Role, String> users = http.usersByRole(driver);
        String regulator = users.get(Role.REGULATOR);
        String password = AccessFixtures.passwordOf(regulator);
        String insurer = users.get(Role.INSURER);

        Reply noReason = http.json("POST", "/api/v1/records/REC-AG1/withdrawal", regulator, password, "{\"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(http.json("POST", "/api/v1/records/REC-AG1/withdrawal", insurer, AccessFixtures.passwordOf(insurer),
                "{\"reason\": \"mine\"}").status()).isEqualTo(403);
        assertThat(http.json("POST", "/api/v1/records/NO-SUCH/withdrawal", regulator, password,
                "{\"reason\": \"typo\"}").status()).isEqualTo(404);

        Reply withdrawn = http.json("POST", "/api/v1/records/REC-AG1/withdrawal", regulator, password,
                "{\"reason\": \"award annulled\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
        assertThat(withdrawn.json().get("withdrawal").get("by").asString()).isEqualTo(regulator);
        assertThat(withdrawn.json().get("withdrawal").get("reason").asString()).isEqualTo("award annulled");
        assertThat(http.asAdmin("GET", "/api/v1/lists/red?asOf=2023-01-01").json().get("items")
                .findValuesAsString("partyId")).containsExactly("INS2");

        Reply again = http.json("POST", "/api/v1/records/REC-AG1/withdrawal", regulator, password,
                "{\"reason\": \"twice\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/record-already-withdrawn");
    }

    @Test
    void listsRefuseAPageSizeOutOfRange() {
        Reply reply = http.asAdmin("GET", "/api/v1/lists/black?size=5000");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
