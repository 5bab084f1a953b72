package io.credlink.credit;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Counterparty checks over HTTP treat a resolved entity as one party: two consumers a person
 * resolved together (a SAME decision through the resolution API), a blacklisting sanction on one,
 * and a check on the other reports it, naming the sanctioned member, and both members have the
 * entity's score and exposures once the background recomputation caught up; a party alone is unchanged;
 * an insurer sees the new fields as every other role does (party ids are not personal data).
 */
@CredLinkTest
class ResolvedCounterpartyCheckHttpTest {

    @Autowired
    Driver driver;

    @Autowired
    io.credlink.graph.BackgroundWork background;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        users = http.usersByRole(driver);
        assertThat(as(Role.REGULATOR, "POST", "/api/v1/credit/recomputations", null).status()).isEqualTo(201);
    }

    @AfterEach
    void clean() {
        CreditFixtures.clear(driver);
    }

    Reply as(Role role, String method, String path, String body) {
        return http.asUser(users.get(role), method, path, body);
    }

    JsonNode check(Role role, String... ids) {
        List<String> quoted = new ArrayList<>();
        for (String id : ids) {
            quoted.add("\"" + id + "\"");
        }
        Reply r = as(role, "POST", "/api/v1/counterparty-checks", "{\"ids\": " + quoted + "}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json().get("results");
    }

    void decide(String entityId, String otherId, String decision) {
        Reply r = as(Role.ANALYST, "POST", "/api/v1/resolution/decisions", "{\"entityId\": \"" + entityId
                + "\", \"otherId\": \"" + otherId + "\", \"decision\": \"" + decision + "\", \"reason\": \"checked by hand\"}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        // scores follow the change of entity in the background
        CreditFixtures.awaitScores(background);
    }

    static List<String> sanctions(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("activeSanctions").forEach(s -> out.add(s.get("sanctionId").asString() + "@" + s.get("subjectId").asString()));
        return out;
    }

    @Test
    void aCheckOnAMemberReportsTheBlacklistingOfAnotherNamingIt() {
        int ownScore = check(Role.ADMIN, "C2").get(0).get("score").asInt();
        decide("C6", "C2", "SAME");
        Reply posted = as(Role.REGULATOR, "POST", "/api/v1/sanctions", """
                {"id": "S-RES-C6", "subjectId": "C6", "authority": "NFRA", "kind": "OTHER", "severity": 4,
                 "blacklist": true, "decidedOn": "2024-01-01", "effectiveFrom": "2024-01-02"}
                """);
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(201);
        CreditFixtures.awaitScores(background);

        JsonNode results = check(Role.INSURER, "C2", "C6", "C8");

        JsonNode c2 = results.get(0);
        assertThat(c2.get("entityId").asString()).isEqualTo("C2");
        assertThat(c2.get("resolvedId").asString()).isEqualTo("C2");
        assertThat(c2.get("blacklisted").asBoolean()).isTrue();
        assertThat(sanctions(c2)).containsExactly("S-RES-C6@C6");
        // the entity's score (C6's sanction counts for both members), capped and graded D
        assertThat(c2.get("grade").asString()).isEqualTo("D");
        assertThat(c2.get("score").asInt()).isLessThanOrEqualTo(Math.min(ownScore, 499));
        JsonNode c6 = results.get(1);
        assertThat(c6.get("resolvedId").asString()).isEqualTo("C2");
        assertThat(c6.get("score").asInt()).isEqualTo(c2.get("score").asInt());
        assertThat(c6.get("grade").asString()).isEqualTo("D");
        assertThat(sanctions(c6)).containsExactly("S-RES-C6@C6");
        // a party alone is as before: its own id, nothing of others
        JsonNode c8 = results.get(2);
        assertThat(c8.get("resolvedId").asString()).isEqualTo("C8");
        assertThat(c8.get("blacklisted").asBoolean()).isFalse();
        assertThat(c8.get("activeSanctions").isEmpty()).isTrue();

        // a later DIFFERENT decision parts them: the check on C2 no longer reports C6's sanction
        decide("C2", "C6", "DIFFERENT");
        JsonNode parted = check(Role.INSURER, "C2").get(0);
        assertThat(parted.get("resolvedId").asString()).isEqualTo("C2");
        assertThat(parted.get("blacklisted").asBoolean()).isFalse();
        assertThat(parted.get("activeSanctions").isEmpty()).isTrue();
        assertThat(parted.get("score").asInt()).isEqualTo(ownScore);
    }

    @Test
    void aCheckOnAMemberReportsTheRestrictionsOnAnotherNamingIt() {
        // P2's blacklisting restricts AG2 (one hop); AG1 has a fine of its own
        decide("AG1", "AG2", "SAME");

        JsonNode ag1 = check(Role.ANALYST, "AG1").get(0);

        assertThat(ag1.get("resolvedId").asString()).isEqualTo("AG1");
        assertThat(sanctions(ag1)).containsExactly("S-AG1@AG1");
        assertThat(ag1.get("blacklisted").asBoolean()).isFalse();
        assertThat(ag1.get("restrictions").isEmpty()).isFalse();
        for (JsonNode r : ag1.get("restrictions")) {
            assertThat(r.get("subjectId").asString()).as(r.toString()).isEqualTo("AG2");
            assertThat(r.get("sanctionId").asString()).isEqualTo("S-P2");
            assertThat(r.get("sanctionedId").asString()).isEqualTo("P2");
            assertThat(r.has("measure")).isTrue();
        }
        // exposures are the entity's: AG2, one with AG1, is one hop from the blacklisted P2
        assertThat(ag1.get("exposures")).singleElement().satisfies(e -> {
            assertThat(e.get("entityId").asString()).isEqualTo("P2");
            assertThat(e.get("hops").asInt()).isEqualTo(1);
            assertThat(e.get("path").toString()).isEqualTo("[\"AG1\",\"AG2\",\"P2\"]");
        });
    }

    @Test
    void anInsurerSeesMembersLikeEveryOtherPartyIdAndTheCheckIsAuditedUnderThem() {
        // C1 is a customer of INS1, another insurer than the signed-in one's
        decide("C6", "C2", "SAME");
        decide("C1", "C2", "SAME");
        decide("AG1", "AG2", "SAME");
        as(Role.REGULATOR, "POST", "/api/v1/sanctions", """
                {"id": "S-RES-C6", "subjectId": "C6", "authority": "NFRA", "kind": "OTHER", "severity": 4,
                 "blacklist": true, "decidedOn": "2024-01-01", "effectiveFrom": "2024-01-02"}
                """);
        CreditFixtures.awaitScores(background);
        String body = "{\"ids\": [\"C2\", \"AG1\"]}";

        Reply insurer = as(Role.INSURER, "POST", "/api/v1/counterparty-checks", body);
        Reply admin = as(Role.ADMIN, "POST", "/api/v1/counterparty-checks", body);

        // members' ids, another insurer's customer's too, are shown as the exposures' and paths' ids
        // are, and nothing else in a check is personal data: the insurer's answer is the admin's
        assertThat(insurer.status()).isEqualTo(200);
        assertThat(insurer.json().toString()).contains("\"subjectId\":\"C6\"", "\"subjectId\":\"AG2\"",
                "\"resolvedId\":\"C1\"");
        assertThat(insurer.json()).isEqualTo(admin.json());
        // the audit trail knows the insurer was shown C1, C6 and AG2
        for (String member : List.of("C1", "C6", "AG2")) {
            String trail = as(Role.ADMIN, "GET", "/api/v1/audit?entityId=" + member, null).json().toString();
            assertThat(trail).as(member).contains("POST /api/v1/counterparty-checks").contains(users.get(Role.INSURER));
        }
    }
}
