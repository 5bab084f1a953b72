package io.credlink.sanction;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Due process over HTTP: the subject objects to a sanction or record about itself, the item is
 * disputed (and every measure derived from a disputed sanction says so) until a regulator upholds
 * (withdrawn) or rejects (undisputed) the objection.
 */
@CredLinkTest
class ObjectionHttpTest {

    static final String SUBJECT_ID = AccessFixtures.SUBJECT_ID;
    static final String OTHER_SUBJECT = "fixture-subject-c1";

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
        users = http.usersByRole(driver);
        // the fixture subject is blacklisted and shares C1's phone, so R4 reaches C1 and C2 from it
        driver.executableQuery("""
                MATCH (c:Consumer {id: $subject}), (phone:Identifier {id: 'PHONE:13800000001'})
                CREATE (c)-[:HAS_IDENTIFIER]->(phone)
                CREATE (s:Entity:Sanction {id: 'S-SUBJ', authority: 'NFRA Jiangsu', kind: 'CRIMINAL_REFERRAL', severity: 4,
                        blacklist: true, decidedOn: date('2023-03-01'), effectiveFrom: date('2023-03-01'),
                        reason: 'staged accidents', disputed: false, withdrawn: false})-[:AGAINST]->(c)
                CREATE (r:Entity:CreditRecord {id: 'REC-SUBJ', kind: 'RED_LIST', date: date('2024-01-15'), severity: 4,
                        detail: 'model policyholder', disputed: false})-[:ABOUT]->(c)
                """).withParameters(Map.of("subject", SUBJECT_ID)).execute();
        Reply other = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + OTHER_SUBJECT + "\", \"password\": \""
                + AccessFixtures.PASSWORD + "\", \"role\": \"SUBJECT\", \"entityId\": \"C1\"}");
        assertThat(other.status()).as(other.raw().body()).isIn(201, 409);
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    Reply as(Role role, String method, String path, String body) {
        return http.asUser(users.get(role), method, path, body);
    }

    Reply object(String itemId) {
        return as(Role.SUBJECT, "POST", "/api/v1/objections",
                "{\"recordId\": \"" + itemId + "\", \"reason\": \"I was never convicted\"}");
    }

    Reply resolve(String objectionId, String outcome) {
        return as(Role.REGULATOR, "POST", "/api/v1/objections/" + objectionId + "/resolution",
                "{\"outcome\": \"" + outcome + "\", \"note\": \"court ruling of 2024-05-02\"}");
    }

    List<Boolean> disputedFlags(JsonNode propagation) {
        return propagation.get("affected").findValues("disputed").stream().map(JsonNode::asBoolean).toList();
    }

    JsonNode propagationOfTheSubjectsSanction() {
        Reply r = http.asAdmin("GET", "/api/v1/sanctions/S-SUBJ/propagation?asOf=2024-06-01");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aDisputedSanctionMarksEveryMeasureAndTheBlackListUntilTheRegulatorRejectsTheObjection() {
        assertThat(disputedFlags(propagationOfTheSubjectsSanction())).containsExactly(false, false);

        Reply filed = object("S-SUBJ");

        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        JsonNode objection = filed.json();
        String id = objection.get("id").asString();
        assertThat(filed.header("Location")).isEqualTo("/api/v1/objections/" + id);
        assertThat(objection.get("status").asString()).isEqualTo("OPEN");
        assertThat(objection.get("itemType").asString()).isEqualTo("SANCTION");
        assertThat(objection.get("subjectId").asString()).isEqualTo(SUBJECT_ID);
        assertThat(objection.get("filedBy").asString()).isEqualTo(users.get(Role.SUBJECT));
        assertThat(objection.get("itemDisputed").asBoolean()).isTrue();

        JsonNode disputed = propagationOfTheSubjectsSanction();
        assertThat(disputed.get("affected").findValuesAsString("entityId")).containsExactly("C1", "C2");
        assertThat(disputedFlags(disputed)).containsExactly(true, true);
        assertThat(http.asAdmin("GET", "/api/v1/sanctions/S-SUBJ").json().get("disputed").asBoolean()).isTrue();
        JsonNode restrictions = http.asAdmin("GET", "/api/v1/entities/C2/restrictions?asOf=2024-06-01").json()
                .get("restrictions");
        assertThat(restrictions.findValuesAsString("sanctionId")).containsExactlyInAnyOrder("S-C1", "S-SUBJ");
        for (JsonNode r : restrictions) {
            assertThat(r.get("disputed").asBoolean()).as(r.toString()).isEqualTo(r.get("sanctionId").asString().equals("S-SUBJ"));
        }
        assertThat(blackListRow("S-SUBJ").get("disputed").asBoolean()).isTrue();

        Reply rejected = resolve(id, "REJECTED");

        assertThat(rejected.status()).as(rejected.raw().body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("resolvedBy").asString()).isEqualTo(users.get(Role.REGULATOR));
        assertThat(rejected.json().get("resolutionNote").asString()).isEqualTo("court ruling of 2024-05-02");
        assertThat(rejected.json().get("resolvedAt").isNull()).isFalse();
        assertThat(rejected.json().get("itemDisputed").asBoolean()).isFalse();
        assertThat(rejected.json().get("itemWithdrawn").asBoolean()).isFalse();
        JsonNode after = propagationOfTheSubjectsSanction();
        assertThat(after.get("inForce").asBoolean()).isTrue();
        assertThat(disputedFlags(after)).containsExactly(false, false);
        assertThat(blackListRow("S-SUBJ").get("disputed").asBoolean()).isFalse();
    }

    @Test
    void anUpheldObjectionWithdrawsTheSanctionKeepingWhoWhenAndWhy() {
        String id = object("S-SUBJ").json().get("id").asString();

        Reply upheld = resolve(id, "UPHELD");

        assertThat(upheld.status()).as(upheld.raw().body()).isEqualTo(200);
        assertThat(upheld.json().get("status").asString()).isEqualTo("UPHELD");
        assertThat(upheld.json().get("itemWithdrawn").asBoolean()).isTrue();
        JsonNode sanction = http.asAdmin("GET", "/api/v1/sanctions/S-SUBJ").json();
        assertThat(sanction.get("withdrawn").asBoolean()).isTrue();
        assertThat(sanction.get("disputed").asBoolean()).isFalse();
        assertThat(sanction.at("/withdrawal/by").asString()).isEqualTo(users.get(Role.REGULATOR));
        assertThat(sanction.at("/withdrawal/reason").asString())
                .isEqualTo("objection " + id + " upheld: court ruling of 2024-05-02");
        assertThat(sanction.at("/withdrawal/at").isNull()).isFalse();
        JsonNode propagation = propagationOfTheSubjectsSanction();
        assertThat(propagation.get("inForce").asBoolean()).isFalse();
        assertThat(propagation.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(propagation.get("affected")).isEmpty();
        assertThat(blackListRow("S-SUBJ")).isNull();
        assertThat(http.asAdmin("GET", "/api/v1/entities/C2/restrictions?asOf=2024-06-01").json()
                .get("restrictions").findValuesAsString("sanctionId")).doesNotContain("S-SUBJ");

        Reply again = resolve(id, "REJECTED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("https://credlink.io/problems/objection-already-resolved");
        Reply onWithdrawn = object("S-SUBJ");
        assertThat(onWithdrawn.status()).isEqualTo(409);
        assertThat(onWithdrawn.json().get("type").asString()).isEqualTo("https://credlink.io/problems/item-withdrawn");
    }

    @Test
    void anUpheldObjectionToARedListRecordWithdrawsItFromTheRedList() {
        // a blacklisted party is never on the red list: take the sanction out of the way first
        assertThat(http.postJsonAsAdmin("/api/v1/sanctions/S-SUBJ/withdrawal", "{\"reason\": \"annulled\"}").status())
                .isEqualTo(200);
        assertThat(redListIds()).contains(SUBJECT_ID);
        String id = object("REC-SUBJ").json().get("id").asString();
        JsonNode record = http.asAdmin("GET", "/api/v1/records/REC-SUBJ").json();
        assertThat(record.get("disputed").asBoolean()).isTrue();
        assertThat(record.get("withdrawn").asBoolean()).isFalse();

        Reply upheld = resolve(id, "UPHELD");

        assertThat(upheld.status()).isEqualTo(200);
        assertThat(upheld.json().get("itemType").asString()).isEqualTo("RECORD");
        record = http.asAdmin("GET", "/api/v1/records/REC-SUBJ").json();
        assertThat(record.get("withdrawn").asBoolean()).isTrue();
        assertThat(record.get("disputed").asBoolean()).isFalse();
        assertThat(record.at("/withdrawal/by").asString()).isEqualTo(users.get(Role.REGULATOR));
        assertThat(record.at("/withdrawal/reason").asString()).contains(id, "court ruling");
        assertThat(redListIds()).doesNotContain(SUBJECT_ID).contains("AG1");
    }

    @Test
    void aSubjectObjectsOnlyToItsOwnItemsAndOnlyOnceAtATime() {
        Reply foreign = object("S-INS1");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.json().get("type").asString()).isEqualTo("https://credlink.io/problems/not-yours");
        Reply foreignRecord = object("REC-AG1");
        assertThat(foreignRecord.status()).isEqualTo(403);
        assertThat(driver.executableQuery("MATCH (n:Entity) WHERE n.id IN ['S-INS1', 'REC-AG1'] AND n.disputed RETURN n")
                .execute().records()).isEmpty();

        Reply unknown = object("NO-SUCH-ITEM");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("https://credlink.io/problems/item-not-found");
        Reply notAnItem = object("C1");
        assertThat(notAnItem.status()).isEqualTo(404);

        String first = object("S-SUBJ").json().get("id").asString();
        Reply second = object("S-SUBJ");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).isEqualTo("https://credlink.io/problems/objection-already-open");
        assertThat(second.json().get("detail").asString()).contains(first);

        resolve(first, "REJECTED");
        Reply afterResolution = object("S-SUBJ");
        assertThat(afterResolution.status()).isEqualTo(201);
    }

    @Test
    void invalidObjectionsAndResolutionsAreProblems() {
        Reply blank = as(Role.SUBJECT, "POST", "/api/v1/objections", "{\"recordId\": \"S-SUBJ\", \"reason\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").toString()).contains("reason");
        String id = object("S-SUBJ").json().get("id").asString();
        Reply badOutcome = as(Role.REGULATOR, "POST", "/api/v1/objections/" + id + "/resolution",
                "{\"outcome\": \"MAYBE\", \"note\": \"x\"}");
        assertThat(badOutcome.status()).isEqualTo(400);
        Reply noNote = as(Role.REGULATOR, "POST", "/api/v1/objections/" + id + "/resolution", "{\"outcome\": \"UPHELD\"}");
        assertThat(noNote.status()).isEqualTo(400);
        Reply unknown = resolve("OBJ-NONE", "UPHELD");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("https://credlink.io/problems/objection-not-found");
        assertThat(http.asAdmin("GET", "/api/v1/sanctions/S-SUBJ").json().get("withdrawn").asBoolean()).isFalse();
    }

    @Test
    void rolesAndListsOfObjections() {
        String open = object("S-SUBJ").json().get("id").asString();
        String closed = object("REC-SUBJ").json().get("id").asString();
        resolve(closed, "REJECTED");

        assertThat(as(Role.INSURER, "POST", "/api/v1/objections", "{\"recordId\": \"S-SUBJ\", \"reason\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/objections", null).status()).isEqualTo(403);
        Reply subjectResolves = as(Role.SUBJECT, "POST", "/api/v1/objections/" + open + "/resolution",
                "{\"outcome\": \"UPHELD\", \"note\": \"mine\"}");
        assertThat(subjectResolves.status()).isEqualTo(403);

        Reply openOnes = as(Role.REGULATOR, "GET", "/api/v1/objections?status=OPEN", null);
        assertThat(openOnes.status()).isEqualTo(200);
        assertThat(openOnes.json().get("items").findValuesAsString("id")).containsExactly(open);
        assertThat(openOnes.json().get("total").asLong()).isEqualTo(1);
        Reply all = as(Role.ADMIN, "GET", "/api/v1/objections", null);
        assertThat(all.json().get("items").findValuesAsString("id")).containsExactlyInAnyOrder(open, closed);
        assertThat(as(Role.REGULATOR, "GET", "/api/v1/objections?status=SOMETIMES", null).status()).isEqualTo(400);

        assertThat(as(Role.SUBJECT, "GET", "/api/v1/objections/" + open, null).json().get("itemId").asString())
                .isEqualTo("S-SUBJ");
        assertThat(as(Role.SUBJECT, "GET", "/api/v1/objections", null).json().get("total").asLong()).isEqualTo(2);
        Reply someoneElse = http.call("GET", "/api/v1/objections/" + open, OTHER_SUBJECT, AccessFixtures.PASSWORD);
        assertThat(someoneElse.status()).isEqualTo(403);
        Reply othersList = http.call("GET", "/api/v1/objections", OTHER_SUBJECT, AccessFixtures.PASSWORD);
        assertThat(othersList.json().get("total").asLong()).isZero();
        Reply othersObjection = http.json("POST", "/api/v1/objections", OTHER_SUBJECT, AccessFixtures.PASSWORD,
                "{\"recordId\": \"S-C1\", \"reason\": \"not me\"}");
        assertThat(othersObjection.status()).isEqualTo(201);
        assertThat(othersObjection.json().get("subjectId").asString()).isEqualTo("C1");
    }

    JsonNode blackListRow(String sanctionId) {
        for (JsonNode row : http.asAdmin("GET", "/api/v1/lists/black?asOf=2024-06-01&size=1000").json().get("items")) {
            if (row.get("sanctionId").asString().equals(sanctionId)) {
                return row;
            }
        }
        return null;
    }

    List<String> redListIds() {
        return http.asAdmin("GET", "/api/v1/lists/red?asOf=2024-06-01&size=1000").json().get("items")
                .findValuesAsString("partyId");
    }
}
