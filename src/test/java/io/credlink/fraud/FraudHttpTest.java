package io.credlink.fraud;

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
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import tools.jackson.databind.JsonNode;

/** Scans, alerts, rings, claim scores and the case lifecycle over HTTP, with roles and problem details. */
@CredLinkTest
class FraudHttpTest {

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

    @Test
    void anAnalystScansAndReadsAlertsRingsAndTheTriageQueue() {
        Reply scan = as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        assertThat(scan.status()).isEqualTo(200);
        assertThat(scan.json().get("scanId").asString()).startsWith("FS-");
        assertThat(scan.json().get("alerts").get("RING").asInt()).isEqualTo(1);
        assertThat(scan.json().get("tookMs").asLong()).isPositive();

        JsonNode page = as(Role.ANALYST, "GET", "/api/v1/fraud/alerts?kind=FAKE_POLICY&minScore=0.5&page=0&size=2", null).json();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("FAKE_POLICY");
        assertThat(first.get("evidence").get("reasons").isArray()).isTrue();

        Reply one = as(Role.REGULATOR, "GET", "/api/v1/fraud/alerts/" + first.get("id").asString(), null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id").asString()).isEqualTo(first.get("id").asString());

        JsonNode rings = as(Role.ANALYST, "GET", "/api/v1/fraud/rings", null).json();
        assertThat(rings.get("total").asInt()).isEqualTo(1);
        assertThat(rings.get("items").get(0).get("memberIds").toString()).contains(FraudFixtures.RING_ADJUSTER);
        assertThat(rings.get("items").get(0).get("claimIds")).hasSize(12);

        JsonNode scores = as(Role.ANALYST, "GET", "/api/v1/fraud/claim-scores?minScore=0.1&size=5", null).json();
        assertThat(scores.get("items").size()).isBetween(1, 5);
        double previous = 1;
        for (JsonNode s : scores.get("items")) {
            assertThat(s.get("score").asDouble()).isBetween(0.1, previous);
            previous = s.get("score").asDouble();
            assertThat(s.get("factors").get(0).get("name").asString()).isNotBlank();
        }
    }

    @Test
    void theTriageQueueFiltersByDetectorKindAndInsurer() {
        as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        JsonNode all = as(Role.ANALYST, "GET", "/api/v1/fraud/claim-scores?size=1000", null).json();
        assertThat(all.get("items")).isNotEmpty();
        List<String> withRing = new ArrayList<>();
        List<String> ofInsurerA = new ArrayList<>();
        for (JsonNode c : all.get("items")) {
            for (JsonNode f : c.get("factors")) {
                if (f.get("name").asString().equals("DETECTOR_RING")) {
                    withRing.add(c.get("claimId").asString());
                }
            }
            if ("F-INS-A".equals(c.get("insurerId").asString(null))) {
                ofInsurerA.add(c.get("claimId").asString());
            }
        }
        assertThat(withRing).isNotEmpty();
        assertThat(ofInsurerA).isNotEmpty().hasSizeLessThan(all.get("items").size());

        JsonNode rings = as(Role.ANALYST, "GET", "/api/v1/fraud/claim-scores?kind=RING&size=1000", null).json();
        assertThat(rings.get("items")).extracting(c -> c.get("claimId").asString()).containsExactlyInAnyOrderElementsOf(withRing);
        assertThat(rings.get("total").asInt()).isEqualTo(withRing.size());
        JsonNode insurerA = as(Role.REGULATOR, "GET", "/api/v1/fraud/claim-scores?insurerId=F-INS-A&size=1000", null).json();
        assertThat(insurerA.get("items")).extracting(c -> c.get("claimId").asString()).containsExactlyElementsOf(ofInsurerA);
        assertThat(insurerA.get("total").asInt()).isEqualTo(ofInsurerA.size());
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/claim-scores?insurerId=NOBODY", null).json().get("total").asInt()).isZero();
        Reply bad = as(Role.ANALYST, "GET", "/api/v1/fraud/claim-scores?kind=NOPE", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void finishedScansListTheirAlertCountsByKindNewestFirst() {
        JsonNode none = as(Role.REGULATOR, "GET", "/api/v1/fraud/scans", null).json();
        assertThat(none.get("total").asLong()).isZero();
        JsonNode first = as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null).json();
        JsonNode second = as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null).json();

        Reply scans = as(Role.ANALYST, "GET", "/api/v1/fraud/scans?page=0&size=10", null);
        assertThat(scans.status()).isEqualTo(200);
        assertThat(scans.json().get("total").asLong()).isEqualTo(2);
        JsonNode items = scans.json().get("items");
        assertThat(items.get(0).get("scanId").asString()).isEqualTo(second.get("scanId").asString());
        assertThat(items.get(1).get("scanId").asString()).isEqualTo(first.get("scanId").asString());
        for (String kind : List.of("RING", "FAKE_POLICY", "REPEAT_CLAIM")) {
            assertThat(items.get(1).get("alerts").get(kind).asLong()).as(kind)
                    .isEqualTo(first.get("alerts").get(kind).asLong());
        }
        assertThat(items.get(0).get("finishedAt").asString()).isGreaterThanOrEqualTo(items.get(1).get("finishedAt").asString());
        assertThat(items.get(0).get("referenceDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/scans?page=1&size=1", null).json().get("items").get(0)
                .get("scanId").asString()).isEqualTo(first.get("scanId").asString());
        Reply bad = as(Role.ANALYST, "GET", "/api/v1/fraud/scans?size=0", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(as(Role.INSURER, "GET", "/api/v1/fraud/scans", null).status()).isEqualTo(403);
    }

    /**
     * The live pairs are exactly the matches a scan's REPEAT_CLAIM alerts carry, before any scan
     * and without storing one; pages slice them in order.
     */
    @Test
    void repeatClaimPairsAnswerWithoutAScanAndAreTheAlertsMatches() {
        JsonNode live = as(Role.ANALYST, "GET", "/api/v1/fraud/repeat-claims?size=1000", null).json();
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/scans", null).json().get("total").asInt()).isZero();
        List<String> pairs = new ArrayList<>();
        live.get("items").forEach(p -> pairs.add(p.get("claimIds").get(0).asString() + " " + p.get("claimIds").get(1).asString()
                + " " + p.get("rule").asString() + " " + p.get("value").asString() + " " + p.get("daysApart").asInt()));
        assertThat(pairs).isNotEmpty().isSorted();
        assertThat(live.get("total").asInt()).isEqualTo(pairs.size());

        assertThat(as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null).status()).isEqualTo(200);
        List<String> matches = new ArrayList<>();
        as(Role.ANALYST, "GET", "/api/v1/fraud/alerts?kind=REPEAT_CLAIM&size=1000", null).json().get("items")
                .forEach(a -> a.get("evidence").get("matches").forEach(m -> matches.add(m.get("claimIds").get(0).asString()
                        + " " + m.get("claimIds").get(1).asString() + " " + m.get("rule").asString() + " "
                        + m.get("value").asString() + " " + m.get("daysApart").asInt())));
        assertThat(pairs).containsExactlyInAnyOrderElementsOf(matches);

        JsonNode second = as(Role.REGULATOR, "GET", "/api/v1/fraud/repeat-claims?page=1&size=1", null).json();
        assertThat(second.get("total").asInt()).isEqualTo(pairs.size());
        assertThat(second.get("items")).hasSize(pairs.size() > 1 ? 1 : 0);
        if (pairs.size() > 1) {
            assertThat(second.get("items").get(0).get("claimIds").get(0).asString()).isEqualTo(pairs.get(1).split(" ")[0]);
        }
        JsonNode beyond = as(Role.ANALYST, "GET", "/api/v1/fraud/repeat-claims?page=" + Integer.MAX_VALUE + "&size=1000", null).json();
        assertThat(beyond.get("items")).isEmpty();
        assertThat(as(Role.INSURER, "GET", "/api/v1/fraud/repeat-claims", null).status()).isEqualTo(403);
        assertThat(as(Role.SUBJECT, "GET", "/api/v1/fraud/repeat-claims", null).status()).isEqualTo(403);
        Reply tooBig = as(Role.ANALYST, "GET", "/api/v1/fraud/repeat-claims?size=1001", null);
        assertThat(tooBig.status()).isEqualTo(400);
    }

    @Test
    void rolesAndBadInputAreProblems() {
        assertThat(as(Role.INSURER, "POST", "/api/v1/fraud/scans", null).status()).isEqualTo(403);
        assertThat(as(Role.SUBJECT, "GET", "/api/v1/fraud/alerts", null).status()).isEqualTo(403);
        Reply unknown = as(Role.ANALYST, "GET", "/api/v1/fraud/alerts/FA-unknown", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asString()).endsWith("/alert-not-found");
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/alerts?kind=NOPE", null).status()).isEqualTo(400);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/claim-scores?minScore=2", null).status()).isEqualTo(400);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/rings?size=0", null).status()).isEqualTo(400);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/FC-unknown", null).status()).isEqualTo(404);
        Reply invalid = as(Role.ANALYST, "POST", "/api/v1/fraud/cases", "{\"title\": \"\", \"alertIds\": []}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").toString()).contains("title").contains("alertIds");
        assertThat(as(Role.ANALYST, "POST", "/api/v1/fraud/cases", "{\"title\": \"x\", \"alertIds\": [\"FA-unknown\"]}")
                .status()).isEqualTo(404);
    }

    @Test
    void confirmingACaseMarksItsClaimsFraudAndProposesASanctionToARegulator() {
        as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        String ring = as(Role.ANALYST, "GET", "/api/v1/fraud/rings", null).json().get("items").get(0).get("id").asString();
        Reply opened = as(Role.ANALYST, "POST", "/api/v1/fraud/cases",
                "{\"title\": \"Garage ring\", \"alertIds\": [\"" + ring + "\"], \"note\": \"same bank account\"}");
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        assertThat(opened.header("Location")).isEqualTo("/api/v1/fraud/cases/" + caseId);
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.json().get("notes").get(0).get("text").asString()).isEqualTo("same bank account");

        Reply other = as(Role.ANALYST, "POST", "/api/v1/fraud/cases",
                "{\"title\": \"Repeat\", \"alertIds\": [\"" + alertId("REPEAT_CLAIM", "F-CL-RC1") + "\"]}");
        String otherId = other.json().get("id").asString();

        JsonNode assigned = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/assignment",
                "{\"assignee\": \"analyst-2\"}").json();
        assertThat(assigned.get("assignee").asString()).isEqualTo("analyst-2");
        JsonNode noted = as(Role.REGULATOR, "POST", "/api/v1/fraud/cases/" + caseId + "/notes",
                "{\"text\": \"adjuster handles all of them\"}").json();
        assertThat(noted.get("notes")).hasSize(2);
        assertThat(noted.get("notes").get(1).get("author").asString()).isEqualTo(users.get(Role.REGULATOR));
        JsonNode linked = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/links",
                "{\"caseId\": \"" + otherId + "\"}").json();
        assertThat(linked.get("relatedCaseIds").toString()).contains(otherId);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + otherId, null).json().get("relatedCaseIds").toString())
                .contains(caseId);
        assertThat(as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/links",
                "{\"caseId\": \"" + caseId + "\"}").status()).isEqualTo(400);

        String closure = """
                {"resolution": "CONFIRMED_FRAUD", "reason": "members confessed",
                 "proposedSanction": {"subjectId": "%s", "authority": "NFRA", "kind": "BAN_FROM_INDUSTRY",
                   "severity": 4, "blacklist": true, "decidedOn": "2024-01-05", "effectiveFrom": "2024-01-10"}}"""
                .formatted(FraudFixtures.RING_ADJUSTER);
        Reply closed = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure", closure);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CONFIRMED_FRAUD");
        assertThat(closed.json().get("closedBy").asString()).isEqualTo(users.get(Role.ANALYST));
        List<String> statuses = new ArrayList<>();
        driver.executableQuery("MATCH (c:Claim) WHERE c.id =~ 'F-CL-R[0-9].*' RETURN c.status AS s").execute()
                .records().forEach(r -> statuses.add(r.get("s").asString()));
        assertThat(statuses).hasSize(12).containsOnly("FRAUD");

        Reply proposal = as(Role.REGULATOR, "GET", "/api/v1/fraud/cases/" + caseId + "/sanction-proposal", null);
        assertThat(proposal.status()).isEqualTo(200);
        assertThat(proposal.json().get("proposal").get("subjectId").asString()).isEqualTo(FraudFixtures.RING_ADJUSTER);
        // R2: a blacklisted practitioner puts his insurer under enhanced supervision
        assertThat(proposal.json().get("impact").get("affected").toString()).contains("F-INS-A");

        Reply again = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure",
                "{\"resolution\": \"DISMISSED\", \"reason\": \"changed my mind\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/case-closed");
        assertThat(as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/notes", "{\"text\": \"late\"}").status())
                .isEqualTo(409);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + otherId + "/sanction-proposal", null).status())
                .isEqualTo(404);
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases?status=CONFIRMED_FRAUD", null).json().get("total")
                .asInt()).isEqualTo(1);
    }

    @Test
    void dismissingACaseSuppressesItsAlertOnLaterScans() {
        as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        String alert = alertId("INSURE_AFTER_LOSS", "F-CL-IAL");
        String caseId = as(Role.ANALYST, "POST", "/api/v1/fraud/cases",
                "{\"title\": \"late cover\", \"alertIds\": [\"" + alert + "\"]}").json().get("id").asString();
        Reply dismissed = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure",
                "{\"resolution\": \"DISMISSED\", \"reason\": \"the policy was a renewal\"}");
        assertThat(dismissed.json().get("status").asString()).isEqualTo("DISMISSED");
        assertThat(as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure",
                "{\"resolution\": \"OPEN\", \"reason\": \"x\"}").status()).isEqualTo(400);

        Reply rescan = as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);

        assertThat(rescan.json().get("alerts").get("INSURE_AFTER_LOSS").asInt()).isZero();
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/alerts?kind=INSURE_AFTER_LOSS", null).json().get("total").asInt())
                .isZero();
        JsonNode stillThere = as(Role.ANALYST, "GET", "/api/v1/fraud/alerts/" + alert, null).json();
        assertThat(stillThere.get("suppressed").asBoolean()).isTrue();
    }

    @Test
    void anAnalystAttachesAlertsRingsClaimsAndPartiesToAnOpenCaseAndConfirmingCountsThem() {
        as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        String ring = as(Role.ANALYST, "GET", "/api/v1/fraud/rings", null).json().get("items").get(0).get("id").asString();
        String repeat = alertId("REPEAT_CLAIM", "F-CL-RC1");
        String caseId = as(Role.ANALYST, "POST", "/api/v1/fraud/cases",
                "{\"title\": \"Repeat claim\", \"alertIds\": [\"" + repeat + "\"]}").json().get("id").asString();
        String items = "/api/v1/fraud/cases/" + caseId + "/items";

        Reply withRing = as(Role.ANALYST, "POST", items, "{\"kind\": \"RING\", \"itemId\": \"" + ring + "\"}");
        assertThat(withRing.status()).isEqualTo(200);
        assertThat(strings(withRing.json().get("alertIds"))).containsExactlyInAnyOrder(repeat, ring);
        assertThat(strings(withRing.json().get("ringIds"))).containsExactly(ring);
        // a ring is its RING alert: attached again, either way, nothing changes
        assertThat(as(Role.ANALYST, "POST", items, "{\"kind\": \"RING\", \"itemId\": \"" + ring + "\"}").json())
                .isEqualTo(withRing.json());
        assertThat(as(Role.ANALYST, "POST", items, "{\"kind\": \"ALERT\", \"itemId\": \"" + ring + "\"}").json())
                .isEqualTo(withRing.json());

        // a claim no alert of the case names, and a party outside every alert (an honest control)
        String claim = FraudFixtures.INSURE_AFTER_LOSS[0];
        String party = "F-C-HON";
        JsonNode withClaim = as(Role.ANALYST, "POST", items, "{\"kind\": \"CLAIM\", \"itemId\": \" " + claim + " \"}").json();
        assertThat(strings(withClaim.get("claimIds"))).containsExactly(claim);
        Reply withParty = as(Role.REGULATOR, "POST", items, "{\"kind\": \"PARTY\", \"itemId\": \"" + party + "\"}");
        assertThat(withParty.status()).isEqualTo(200);
        assertThat(strings(withParty.json().get("partyIds"))).containsExactly(party);
        JsonNode again = as(Role.ANALYST, "POST", items, "{\"kind\": \"PARTY\", \"itemId\": \"" + party + "\"}").json();
        assertThat(again).isEqualTo(withParty.json());
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + caseId, null).json()).isEqualTo(again);
        // the answer discloses the attached party: the audit trail names it for the analyst's call
        JsonNode audit = http.asAdmin("GET", "/api/v1/audit?entityId=" + party + "&actor=" + users.get(Role.ANALYST)).json();
        assertThat(audit.get("total").asLong()).isPositive();

        // nothing of that kind with the id: 404 problems, the case unchanged
        for (String wrong : List.of("{\"kind\": \"CLAIM\", \"itemId\": \"F-R1\"}", "{\"kind\": \"PARTY\", \"itemId\": \"" + claim + "\"}",
                "{\"kind\": \"RING\", \"itemId\": \"" + repeat + "\"}", "{\"kind\": \"ALERT\", \"itemId\": \"FA-unknown\"}")) {
            Reply r = as(Role.ANALYST, "POST", items, wrong);
            assertThat(r.status()).as(wrong).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("type").asString()).as(wrong).endsWith("/case-item-not-found");
        }
        Reply noRing = as(Role.ANALYST, "POST", items, "{\"kind\": \"RING\", \"itemId\": \"" + repeat + "\"}");
        assertThat(noRing.json().get("detail").asString()).isEqualTo("No collusion ring has id " + repeat + ".");
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + caseId, null).json()).isEqualTo(again);
        Reply unknownCase = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/FC-unknown/items", "{\"kind\": \"PARTY\", \"itemId\": \"" + party + "\"}");
        assertThat(unknownCase.status()).isEqualTo(404);
        assertThat(unknownCase.json().get("type").asString()).endsWith("/case-not-found");
        // bad input: 400 with the fields named
        Reply blank = as(Role.ANALYST, "POST", items, "{\"itemId\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.json().get("errors").toString()).contains("\"kind\"").contains("\"itemId\"");
        Reply badKind = as(Role.ANALYST, "POST", items, "{\"kind\": \"POLICY\", \"itemId\": \"F-POL-OK\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).startsWith("application/problem+json");
        assertThat(as(Role.ANALYST, "POST", items, "not json").status()).isEqualTo(400);
        // roles: investigators only
        assertThat(as(Role.INSURER, "POST", items, "{\"kind\": \"PARTY\", \"itemId\": \"" + party + "\"}").status()).isEqualTo(403);
        assertThat(as(Role.SUBJECT, "POST", items, "{\"kind\": \"PARTY\", \"itemId\": \"" + party + "\"}").status()).isEqualTo(403);

        // confirmed fraud: the attached claim becomes FRAUD with the alerts' claims, the attached party
        // is named to credit with the alerts' parties
        Reply closed = as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure",
                "{\"resolution\": \"CONFIRMED_FRAUD\", \"reason\": \"staged\"}");
        assertThat(closed.status()).isEqualTo(200);
        Map<String, String> statuses = new java.util.TreeMap<>();
        driver.executableQuery("MATCH (c:Claim) WHERE c.fraudCaseId = $id RETURN c.id AS id, c.status AS s")
                .withParameters(Map.of("id", caseId)).execute().records()
                .forEach(r -> statuses.put(r.get("id").asString(), r.get("s").asString()));
        assertThat(statuses.keySet()).contains(claim, "F-CL-RC1", "F-CL-RC2", "F-CL-R2-0").hasSize(15);
        assertThat(statuses.values()).containsOnly("FRAUD");
        assertThat(statuses).doesNotContainKey("F-CL-HON1");
        GraphFixtures.awaitBackgroundWork(driver);
        List<String> rescored = new ArrayList<>();
        driver.executableQuery("MATCH (r:CreditRecomputationRequest {trigger: $trigger}) UNWIND r.partyIds AS p RETURN p")
                .withParameters(Map.of("trigger", "fraud case " + caseId + " confirmed")).execute().records()
                .forEach(r -> rescored.add(r.get("p").asString()));
        assertThat(rescored).contains(party, "F-C-RC", FraudFixtures.RING_ADJUSTER, "F-R1");

        // a closed case takes nothing more
        Reply late = as(Role.ANALYST, "POST", items, "{\"kind\": \"PARTY\", \"itemId\": \"F-R1\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).endsWith("/case-closed");
        assertThat(strings(as(Role.ANALYST, "GET", "/api/v1/fraud/cases/" + caseId, null).json().get("partyIds")))
                .containsExactly(party);
    }

    @Test
    void dismissingACaseSuppressesItsAttachedAlertsToo() {
        as(Role.ANALYST, "POST", "/api/v1/fraud/scans", null);
        String repeat = alertId("REPEAT_CLAIM", "F-CL-RC1");
        String late = alertId("INSURE_AFTER_LOSS", "F-CL-IAL");
        String caseId = as(Role.ANALYST, "POST", "/api/v1/fraud/cases",
                "{\"title\": \"two\", \"alertIds\": [\"" + repeat + "\"]}").json().get("id").asString();
        as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/items", "{\"kind\": \"ALERT\", \"itemId\": \"" + late + "\"}");
        as(Role.ANALYST, "POST", "/api/v1/fraud/cases/" + caseId + "/closure", "{\"resolution\": \"DISMISSED\", \"reason\": \"renewals\"}");
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/alerts/" + late, null).json().get("suppressed").asBoolean()).isTrue();
        assertThat(as(Role.ANALYST, "GET", "/api/v1/fraud/alerts/" + repeat, null).json().get("suppressed").asBoolean()).isTrue();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
