package io.credlink.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * Evidence attached to a case by mistake is removed again over HTTP: each problem (unknown case,
 * not attached as that kind, the case's origin, closed case, bad kind, roles), the removal note in
 * the case's history, the audit trail, and what confirming or dismissing the case does afterwards.
 */
@CredLinkTest
class CaseItemRemovalHttpTest {

    /** Honest claims and parties no alert of the fixture's repeat-claim case names. */
    static final String KEPT_CLAIM = "F-CL-OK";
    static final String WRONG_CLAIM = FraudFixtures.INSURE_AFTER_LOSS[0];
    static final String KEPT_PARTY = FraudFixtures.FAMILY[0];
    static final String WRONG_PARTY = "F-C-HON";

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void fixture() {
        users = http.usersByRole(driver);
        FraudFixtures.build(driver);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    Reply as(Role role, String method, String path, String body) {
        return http.asUser(users.get(role), method, path, body);
    }

    Reply attach(String caseId, String kind, String itemId) {
        Reply r = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/items",
                "{\"kind\": \"" + kind + "\", \"itemId\": \"" + itemId + "\"}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r;
    }

    static String item(String caseId, String itemId, String kind) {
        return "/api/v1/fraud/cases/" + caseId + "/items/" + itemId + (kind == null ? "" : "?kind=" + kind);
    }

    String alertId(String kind, String entityId) {
        for (JsonNode a : as(Role.ANALYST, "GET", "/api/v1/fraud/alerts?kind=" + kind, null).json().get("items")) {
            for (JsonNode e : a.get("entityIds")) {
                if (e.asString().equals(entityId)) {
                    return a.get("id").asString();
                }
            }
        }
        throw new AssertionError("no " + kind + " alert names " + entityId);
    }

    static void assertProblem(Reply r, int status, String type) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("https://credlink.io/problems/" + type);
    }

    @Test
    void anAnalystRemovesWhatWasAttachedByMistakeAndConfirmingTheCaseIgnoresIt() {
        as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        String ring = as(Role.ANALYST, "GET", "/api/v1/fraud/rings", null).json().get("items").get(0).get("id").asString();
        String repeat = alertId("REPEAT_CLAIM", "F-CL-RC1");
        String caseId = as(Role.ANALYST, "POST", "/api/v1/fraud/cases",
                "{\"title\": \"Repeat claim\", \"alertIds\": [\"" + repeat + "\"]}").json().get("id").asString();
        attach(caseId, "RING", ring);
        attach(caseId, "CLAIM", KEPT_CLAIM);
        attach(caseId, "CLAIM", WRONG_CLAIM);
        attach(caseId, "PARTY", KEPT_PARTY);
        JsonNode gathered = attach(caseId, "PARTY", WRONG_PARTY).json();
        // what it was opened on is its origin; what came later is not
        assertThat(FraudHttpTest.strings(gathered.get("originAlertIds"))).containsExactly(repeat);
        assertThat(FraudHttpTest.strings(gathered.get("alertIds"))).containsExactlyInAnyOrder(repeat, ring);
        int notesBefore = gathered.get("notes").size();

        Reply removed = as(Role.ANALYST, "DELETE", item(caseId, WRONG_CLAIM, "CLAIM"), null);
        assertThat(removed.status()).as(removed.raw().body()).isEqualTo(200);
        JsonNode withoutClaim = removed.json();
        assertThat(FraudHttpTest.strings(withoutClaim.get("claimIds"))).containsExactly(KEPT_CLAIM);
        assertThat(FraudHttpTest.strings(withoutClaim.get("partyIds"))).containsExactlyInAnyOrder(KEPT_PARTY, WRONG_PARTY);
        // the history says who removed what, when, and who had attached it
        JsonNode notes = withoutClaim.get("notes");
        assertThat(notes).hasSize(notesBefore + 1);
        JsonNode note = notes.get(notes.size() - 1);
        assertThat(note.get("author").asString()).isEqualTo(users.get(Role.ANALYST));
        assertThat(note.get("text").asString()).isEqualTo("Removed claim " + WRONG_CLAIM + " from the case.");
        assertThat(note.get("at").asString()).isNotBlank();
        assertThat(note.get("removed").get("kind").asString()).isEqualTo("CLAIM");
        assertThat(note.get("removed").get("itemId").asString()).isEqualTo(WRONG_CLAIM);
        assertThat(note.get("removed").get("attachedBy").asString()).isEqualTo(users.get(Role.ANALYST));
        assertThat(OffsetDateTime.parse(note.get("removed").get("attachedAt").asString()))
                .isBeforeOrEqualTo(OffsetDateTime.parse(note.get("at").asString()));
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + caseId, null).json()).isEqualTo(withoutClaim);

        // removed once: not attached any more (404 of the attach's type), in the client's language too
        Reply again = as(Role.ANALYST, "DELETE", item(caseId, WRONG_CLAIM, "CLAIM"), null);
        assertProblem(again, 404, "case-item-not-found");
        assertThat(again.json().get("detail").asString()).isEqualTo("Claim " + WRONG_CLAIM + " is not attached to case " + caseId + ".");
        Reply chinese = http.send(http.request("DELETE", item(caseId, WRONG_CLAIM, "CLAIM"), users.get(Role.ANALYST),
                AccessFixtures.passwordOf(users.get(Role.ANALYST))).header("Accept-Language", "zh-CN").build());
        assertProblem(chinese, 404, "case-item-not-found");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("理赔 " + WRONG_CLAIM + " 未归入反欺诈案件 " + caseId + "。");
        // an attached item under another kind, and an ordinary alert as a ring: not attached as that
        assertProblem(as(Role.ANALYST, "DELETE", item(caseId, WRONG_PARTY, "CLAIM"), null), 404, "case-item-not-found");
        assertProblem(as(Role.ANALYST, "DELETE", item(caseId, repeat, "RING"), null), 404, "case-item-not-found");
        assertProblem(as(Role.ANALYST, "DELETE", item("FC-unknown", WRONG_PARTY, "PARTY"), null), 404, "case-not-found");

        // the alert the case was opened on stays: its origin
        Reply origin = as(Role.ANALYST, "DELETE", item(caseId, repeat, "ALERT"), null);
        assertProblem(origin, 409, "case-origin");
        assertThat(origin.json().get("detail").asString()).contains(caseId, repeat);

        // bad input: 400 problems naming the parameter; other roles: 403; nothing changed by any of it
        Reply noKind = as(Role.ANALYST, "DELETE", item(caseId, WRONG_PARTY, null), null);
        assertProblem(noKind, 400, "bad-parameter");
        assertThat(noKind.json().get("errors").toString()).contains("\"kind\"");
        Reply badKind = as(Role.ANALYST, "DELETE", item(caseId, WRONG_PARTY, "POLICY"), null);
        assertProblem(badKind, 400, "bad-parameter");
        assertThat(badKind.json().get("errors").toString()).contains("\"kind\"");
        assertProblem(as(Role.INSURER, "DELETE", item(caseId, WRONG_PARTY, "PARTY"), null), 403, "forbidden");
        assertProblem(as(Role.SUBJECT, "DELETE", item(caseId, WRONG_PARTY, "PARTY"), null), 403, "forbidden");
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + caseId, null).json()).isEqualTo(withoutClaim);

        // a regulator takes the ring back (as the alert it is), an analyst the wrong party
        JsonNode withoutRing = as(Role.REGULATOR, "DELETE", item(caseId, ring, "ALERT"), null).json();
        assertThat(FraudHttpTest.strings(withoutRing.get("alertIds"))).containsExactly(repeat);
        assertThat(withoutRing.get("ringIds")).isEmpty();
        JsonNode ringNote = withoutRing.get("notes").get(withoutRing.get("notes").size() - 1);
        assertThat(ringNote.get("author").asString()).isEqualTo(users.get(Role.REGULATOR));
        assertThat(ringNote.get("removed").get("kind").asString()).isEqualTo("ALERT");
        JsonNode withoutParty = as(Role.ANALYST, "DELETE", item(caseId, WRONG_PARTY, "PARTY"), null).json();
        assertThat(FraudHttpTest.strings(withoutParty.get("partyIds"))).containsExactly(KEPT_PARTY);
        assertThat(withoutParty.get("notes")).hasSize(notesBefore + 3);
        // the removal is audited with the party it names
        JsonNode audit = http.asAdmin("GET", "/api/v1/audit?size=1000&entityId=" + WRONG_PARTY + "&actor=" + users.get(Role.ANALYST)).json();
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("DELETE /api/v1/fraud/cases/{id}/items/{itemId}");

        // confirmed: what stayed counts, what was removed does not
        Reply closed = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure",
                "{\"resolution\": \"CONFIRMED_FRAUD\", \"reason\": \"staged\"}");
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        Map<String, String> statuses = new TreeMap<>();
        driver.executableQuery("MATCH (c:Claim) WHERE c.fraudCaseId = $id RETURN c.id AS id, c.status AS s")
                .withParameters(Map.of("id", caseId)).execute().records()
                .forEach(r -> statuses.put(r.get("id").asString(), r.get("s").asString()));
        assertThat(statuses.keySet()).contains(KEPT_CLAIM, "F-CL-RC1", "F-CL-RC2").doesNotContain(WRONG_CLAIM)
                .noneMatch(id -> id.matches("F-CL-R[0-9].*"));
        assertThat(statuses.values()).containsOnly("FRAUD");
        assertThat(driver.executableQuery("MATCH (c:Claim {id: $id}) RETURN c.status AS s")
                .withParameters(Map.of("id", WRONG_CLAIM)).execute().records().get(0).get("s").asString()).isEqualTo("OPEN");
        GraphFixtures.awaitBackgroundWork(driver);
        List<String> rescored = new ArrayList<>();
        driver.executableQuery("MATCH (r:CreditRecomputationRequest {trigger: $trigger}) UNWIND r.partyIds AS p RETURN p")
                .withParameters(Map.of("trigger", "fraud case " + caseId + " confirmed")).execute().records()
                .forEach(r -> rescored.add(r.get("p").asString()));
        assertThat(rescored).contains(KEPT_PARTY, "F-C-RC").doesNotContain(WRONG_PARTY, FraudFixtures.RING_ADJUSTER);

        // a closed case no longer changes
        assertProblem(as(Role.ANALYST, "DELETE", item(caseId, KEPT_PARTY, "PARTY"), null), 409, "case-closed");
        assertThat(FraudHttpTest.strings(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + caseId, null).json().get("partyIds")))
                .containsExactly(KEPT_PARTY);
    }

    @Test
    void aRemovedAlertIsNotSuppressedWhenTheCaseIsDismissedAndCanBeAttachedAgain() {
        as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        String repeat = alertId("REPEAT_CLAIM", "F-CL-RC1");
        String late = alertId("INSURE_AFTER_LOSS", WRONG_CLAIM);
        String caseId = as(Role.ANALYST, "POST", "/api/v1/fraud/cases",
                "{\"title\": \"two\", \"alertIds\": [\"" + repeat + "\"]}").json().get("id").asString();
        attach(caseId, "ALERT", late);
        // attached again after removal: attached anew, removable again
        assertThat(as(Role.ANALYST, "DELETE", item(caseId, late, "ALERT"), null).status()).isEqualTo(200);
        JsonNode back = attach(caseId, "ALERT", late).json();
        assertThat(FraudHttpTest.strings(back.get("alertIds"))).containsExactlyInAnyOrder(repeat, late);
        assertThat(FraudHttpTest.strings(back.get("originAlertIds"))).containsExactly(repeat);
        JsonNode gone = as(Role.ANALYST, "DELETE", item(caseId, late, "ALERT"), null).json();
        assertThat(FraudHttpTest.strings(gone.get("alertIds"))).containsExactly(repeat);
        assertThat(gone.get("notes")).filteredOn(n -> n.hasNonNull("removed")).hasSize(2);

        as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure", "{\"resolution\": \"DISMISSED\", \"reason\": \"renewals\"}");
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/alerts/" + repeat, null).json().get("suppressed").asBoolean()).isTrue();
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/alerts/" + late, null).json().get("suppressed").asBoolean())
                .as("a removed alert is not the dismissed case's").isFalse();
    }
}
