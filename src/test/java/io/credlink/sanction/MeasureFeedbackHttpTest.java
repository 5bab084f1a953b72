package io.credlink.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/**
 * Initiate, respond, feed back over HTTP: feedback is accepted only for a measure that the
 * sanction sets off on that party on that day, and the regulator sees per measure who applied it.
 * S-INS1 (in force 2022-07-01..2025-06-30) bans P1, P2, P6, P8 (R1) and supervises AG1, and AG2 in
 * 2024 only (R3).
 */
@CredLinkTest
class MeasureFeedbackHttpTest {

    static final String MARKET_BUREAU = "Shanghai Market Regulation Bureau";

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
        users = http.usersByRole(driver);
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    Reply report(Role role, String sanction, String entity, String measure, String action, String date, String extra) {
        String user = users.get(role);
        String body = """
                {"sanctionId": "%s", "entityId": "%s", "measure": "%s", "action": "%s", "date": "%s",
                 "note": "board vote"%s}""".formatted(sanction, entity, measure, action, date, extra);
        return http.json("POST", "/api/v1/measures/feedback", user, AccessFixtures.passwordOf(user), body);
    }

    Reply feedbackOf(Role role, String sanction, String asOf) {
        String user = users.get(role);
        return http.call("GET", "/api/v1/sanctions/" + sanction + "/feedback?asOf=" + asOf, user,
                AccessFixtures.passwordOf(user));
    }

    /** One field of every element of an array (not of nested objects), as text. */
    static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.get(name).asString()));
        return values;
    }

    static String problem(Reply r) {
        return r.json().get("type").asString().replace("https://credlink.io/problems/", "");
    }

    @Test
    void anInsurerReportsAMeasureItAppliedAndTheRegulatorSeesWhoAppliedWhat() {
        Reply refused = report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-01", "");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(201);
        assertThat(refused.header("Location")).isEqualTo("/api/v1/sanctions/S-INS1/feedback");
        JsonNode f = refused.json();
        assertThat(f.get("id").asString()).startsWith("FB-");
        assertThat(f.get("implementedBy").asString()).isEqualTo(AccessFixtures.INSURER_ID);
        assertThat(f.get("recordedBy").asString()).isEqualTo(users.get(Role.INSURER));
        assertThat(f.get("rule").asString()).isEqualTo("R1");
        assertThat(f.get("date").asString()).isEqualTo("2023-01-01");
        assertThat(f.get("note").asString()).isEqualTo("board vote");

        Reply contract = report(Role.INSURER, "S-INS1", "INS1", "BLACKLIST", "REFUSED_CONTRACT", "2023-02-01",
                ", \"implementedBy\": \"" + AccessFixtures.INSURER_ID + "\"");
        assertThat(contract.status()).as(contract.raw().body()).isEqualTo(201);
        assertThat(contract.json().get("rule").isNull()).isTrue();
        Reply onBehalf = report(Role.REGULATOR, "S-INS1", "AG1", "ENHANCED_SUPERVISION", "RESTRICTED_BUSINESS",
                "2023-03-01", ", \"implementedBy\": \"" + MARKET_BUREAU + "\"");
        assertThat(onBehalf.status()).as(onBehalf.raw().body()).isEqualTo(201);
        assertThat(onBehalf.json().get("implementedBy").asString()).isEqualTo(MARKET_BUREAU);
        assertThat(onBehalf.json().get("recordedBy").asString()).isEqualTo(users.get(Role.REGULATOR));

        Reply listed = feedbackOf(Role.REGULATOR, "S-INS1", "2024-06-01");

        assertThat(listed.status()).isEqualTo(200);
        JsonNode body = listed.json();
        assertThat(body.get("asOf").asString()).isEqualTo("2024-06-01");
        JsonNode measures = body.get("measures");
        assertThat(field(measures, "entityId")).containsExactly("INS1", "P1", "P2", "P6", "P8", "AG1", "AG2");
        assertThat(field(measures, "measure")).containsExactly("BLACKLIST", "OFFICE_BAN", "OFFICE_BAN",
                "OFFICE_BAN", "OFFICE_BAN", "ENHANCED_SUPERVISION", "ENHANCED_SUPERVISION");
        assertThat(field(measures, "applied"))
                .containsExactly("true", "true", "false", "false", "false", "true", "false");
        assertThat(measures.get(0).get("implementedBy").toString()).isEqualTo("[\"" + AccessFixtures.INSURER_ID + "\"]");
        assertThat(measures.get(5).get("implementedBy").toString()).isEqualTo("[\"" + MARKET_BUREAU + "\"]");
        assertThat(measures.get(5).get("feedback").get(0).get("action").asString()).isEqualTo("RESTRICTED_BUSINESS");
        assertThat(measures.get(6).get("feedback")).isEmpty();
        assertThat(field(measures, "inForce")).containsOnly("true");
        assertThat(body.get("applied").asInt()).isEqualTo(3);
        assertThat(body.get("feedbackCount").asInt()).isEqualTo(3);

        JsonNode expired = feedbackOf(Role.ADMIN, "S-INS1", "2025-07-01").json();
        assertThat(field(expired.get("measures"), "entityId")).containsExactly("AG1", "INS1", "P1");
        assertThat(field(expired.get("measures"), "inForce")).containsOnly("false");
    }

    @Test
    void feedbackIsAcceptedOnlyForAMeasureThatAppliesToThatPartyOnThatDay() {
        Reply wrongMeasure = report(Role.INSURER, "S-INS1", "P1", "ENHANCED_SUPERVISION", "OTHER", "2023-01-01", "");
        assertThat(wrongMeasure.status()).isEqualTo(409);
        assertThat(problem(wrongMeasure)).isEqualTo("measure-not-applicable");
        assertThat(wrongMeasure.json().get("detail").asString()).contains("OFFICE_BAN", "P1", "not ENHANCED_SUPERVISION");

        Reply notReached = report(Role.INSURER, "S-INS1", "P3", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-01", "");
        assertThat(notReached.status()).isEqualTo(409);
        assertThat(notReached.json().get("detail").asString()).contains("no measure on P3");

        // AG2 is supervised in 2024 only (P2's office there), not the day before
        assertThat(report(Role.INSURER, "S-INS1", "AG2", "ENHANCED_SUPERVISION", "RAISED_PREMIUM", "2023-12-31", "")
                .status()).isEqualTo(409);
        assertThat(report(Role.INSURER, "S-INS1", "AG2", "ENHANCED_SUPERVISION", "RAISED_PREMIUM", "2024-01-01", "")
                .status()).isEqualTo(201);

        Reply beforeInForce = report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2022-06-30", "");
        assertThat(beforeInForce.status()).isEqualTo(409);
        assertThat(beforeInForce.json().get("detail").asString()).contains("takes effect on 2022-07-01");

        http.postJsonAsAdmin("/api/v1/sanctions/S-Q1/withdrawal", "{\"reason\": \"annulled\"}");
        Reply withdrawn = report(Role.INSURER, "S-Q1", "AG2", "ENHANCED_SUPERVISION", "REFUSED_CONTRACT", "2023-08-01", "");
        assertThat(withdrawn.status()).isEqualTo(409);
        assertThat(withdrawn.json().get("detail").asString()).contains("withdrawn");

        Reply unknown = report(Role.INSURER, "S-NONE", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-01", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(problem(unknown)).isEqualTo("sanction-not-found");
        assertThat(driver.executableQuery("MATCH (f:MeasureFeedback) RETURN count(f) AS n").execute().records()
                .get(0).get("n").asLong()).isEqualTo(1);
    }

    @Test
    void invalidDuplicateAndForeignFeedbackAreProblems() {
        Reply future = report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT",
                LocalDate.now().plusDays(1).toString(), "");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").toString()).contains("date");
        Reply otherWithoutNote = http.json("POST", "/api/v1/measures/feedback", users.get(Role.INSURER),
                AccessFixtures.PASSWORD, """
                {"sanctionId": "S-INS1", "entityId": "P1", "measure": "OFFICE_BAN", "action": "OTHER", "date": "2023-01-01"}""");
        assertThat(otherWithoutNote.status()).isEqualTo(400);
        assertThat(otherWithoutNote.json().get("errors").toString()).contains("note");
        Reply badAction = report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "SHRUGGED", "2023-01-01", "");
        assertThat(badAction.status()).isEqualTo(400);

        Reply regulatorForNobody = report(Role.REGULATOR, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT",
                "2023-01-01", "");
        assertThat(regulatorForNobody.status()).isEqualTo(400);
        assertThat(problem(regulatorForNobody)).isEqualTo("implementer-required");
        Reply forAnotherInsurer = report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT",
                "2023-01-01", ", \"implementedBy\": \"INS2\"");
        assertThat(forAnotherInsurer.status()).isEqualTo(403);
        assertThat(problem(forAnotherInsurer)).isEqualTo("not-yours");

        String first = report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-01", "")
                .json().get("id").asString();
        Reply duplicate = report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-01", "");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(problem(duplicate)).isEqualTo("feedback-already-recorded");
        assertThat(duplicate.json().get("detail").asString()).contains(first);
        assertThat(report(Role.INSURER, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-02", "").status())
                .isEqualTo(201);
    }

    @Test
    void rolesOfFeedback() {
        assertThat(report(Role.ANALYST, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-01", "").status())
                .isEqualTo(403);
        assertThat(report(Role.SUBJECT, "S-INS1", "P1", "OFFICE_BAN", "REFUSED_APPOINTMENT", "2023-01-01", "").status())
                .isEqualTo(403);
        assertThat(feedbackOf(Role.INSURER, "S-INS1", "2023-01-01").status()).isEqualTo(403);
        assertThat(feedbackOf(Role.ANALYST, "S-INS1", "2023-01-01").status()).isEqualTo(403);
        Reply unknown = feedbackOf(Role.REGULATOR, "S-NONE", "2023-01-01");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(problem(unknown)).isEqualTo("sanction-not-found");
    }
}
