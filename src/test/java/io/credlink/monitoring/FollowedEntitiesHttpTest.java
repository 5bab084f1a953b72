package io.credlink.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;
import io.credlink.credit.CreditFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A watched party is followed with its resolved entity: a sanction against another member of it
 * notifies the list, naming that member; a join or a split by a person's decision is followed at
 * once, because the entity is read when the change is matched, not copied onto the list.
 */
@CredLinkTest
class FollowedEntitiesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;
    WebhookReceiver receiver;

    @BeforeEach
    void fixture() throws Exception {
        receiver = new WebhookReceiver();
        http = new AccessFixtures(port);
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        users = http.usersByRole(driver);
    }

    @AfterEach
    void clean() {
        receiver.close();
        driver.executableQuery("MATCH (n) WHERE n:Watchlist OR n:WatchMember OR n:Subscription OR n:Notification "
                + "OR n:OutboxEntry DETACH DELETE n").execute();
        CreditFixtures.clear(driver);
    }

    Reply as(Role role, String method, String path, String body) {
        return http.asUser(users.get(role), method, path, body);
    }

    String watch(String name, String... ids) {
        Reply r = as(Role.ANALYST, "POST", "/api/v1/watchlists", "{\"name\": \"" + name + "\", \"entityIds\": [\""
                + String.join("\", \"", ids) + "\"]}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    void decide(String entityId, String otherId, String decision) {
        Reply r = as(Role.ANALYST, "POST", "/api/v1/resolution/decisions", "{\"entityId\": \"" + entityId
                + "\", \"otherId\": \"" + otherId + "\", \"decision\": \"" + decision + "\", \"reason\": \"checked\"}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    void sanction(String id, String subjectId) {
        Reply r = as(Role.REGULATOR, "POST", "/api/v1/sanctions", "{\"id\": \"" + id + "\", \"subjectId\": \""
                + subjectId + "\", \"authority\": \"NFRA\", \"kind\": \"FINE\", \"severity\": 1, \"blacklist\": false, "
                + "\"decidedOn\": \"2024-01-01\", \"effectiveFrom\": \"2024-01-02\"}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    /** The list's notifications that name this sanction. */
    List<JsonNode> about(String listId, String sanctionId) {
        Reply r = as(Role.ANALYST, "GET", "/api/v1/notifications?watchlistId=" + listId + "&size=500", null);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("items").forEach(n -> {
            if (n.get("summary").asString().contains("sanction " + sanctionId + " recorded")) {
                out.add(n);
            }
        });
        return out;
    }

    List<JsonNode> eventuallyAbout(String listId, String sanctionId) {
        List<JsonNode> found = MonitoringHttpTest.eventually(() -> about(listId, sanctionId), l -> !l.isEmpty());
        assertThat(found).as(() -> "notifications of " + listId + " naming " + sanctionId + "; the graph: " + state())
                .isNotEmpty();
        return found;
    }

    /** The resolved entities, members and notifications, for a failure's message. */
    String state() {
        return driver.executableQuery("CALL () { MATCH (p:Party) WHERE p.id IN ['C2', 'C6', 'C8'] "
                + "RETURN collect(p.id + '->' + coalesce(p.resolvedId, '-')) AS parties } "
                + "CALL () { MATCH (m:WatchMember) RETURN collect(m.key) AS members } "
                + "CALL () { MATCH (n:Notification) RETURN collect(n.entityId + ': ' + n.summary) AS notifications } "
                + "RETURN parties, members, notifications").execute().records().get(0).asMap().toString();
    }

    @Test
    void aSanctionAgainstAnotherMemberOfTheEntityNotifiesTheListNamingTheMember() throws Exception {
        String list = watch("followed", "C2");
        String direct = watch("direct", "C6");
        Reply sub = as(Role.ANALYST, "POST", "/api/v1/subscriptions", "{\"watchlistId\": \"" + list
                + "\", \"events\": [\"SANCTION_RECORDED\"], \"url\": \"" + receiver.url("/followed")
                + "\", \"secret\": \"" + MonitoringHttpTest.SECRET + "\"}");
        assertThat(sub.status()).as(sub.raw().body()).isEqualTo(201);
        decide("C6", "C2", "SAME"); // joined after the list was made

        sanction("S-FOL-1", "C6");

        List<JsonNode> followed = eventuallyAbout(list, "S-FOL-1");
        assertThat(followed).hasSize(1);
        JsonNode n = followed.get(0);
        assertThat(n.get("kind").asString()).isEqualTo("SANCTION_RECORDED");
        assertThat(n.get("entityId").asString()).as("the watched party").isEqualTo("C2");
        assertThat(n.get("subjectIds").toString()).isEqualTo("[\"C6\"]");
        assertThat(n.get("summary").asString()).contains("member C6 of resolved entity C2");
        // as data: the change is about C6, another member than the watched C2
        assertThat(n.at("/changes/0/subjectId").asString()).isEqualTo("C6");
        assertThat(n.at("/changes/0/summaryCode").asString()).isEqualTo("monitoring.sanctionRecorded");
        assertThat(n.at("/changes/0/summaryArgs/sanctionId").asString()).isEqualTo("S-FOL-1");
        // the webhook names both, and its delivery is audited under both
        WebhookReceiver.Call call = receiver.next(MonitoringHttpTest.WAIT);
        assertThat(call).as("the webhook of the followed list").isNotNull();
        JsonNode body = MonitoringHttpTest.JSON.readTree(call.text());
        assertThat(body.get("entityId").asString()).isEqualTo("C2");
        assertThat(body.get("subjectIds").toString()).isEqualTo("[\"C6\"]");
        for (String party : List.of("C2", "C6")) {
            JsonNode audit = MonitoringHttpTest.eventually(() -> http.asAdmin("GET", "/api/v1/audit?entityId=" + party
                    + "&actor=" + users.get(Role.ANALYST)).json().get("items"), a -> a.toString().contains("webhook-delivery"));
            assertThat(audit.toString()).as("audit of " + party).contains("webhook-delivery");
        }
        // a list watching the member itself is told about it directly
        JsonNode own = eventuallyAbout(direct, "S-FOL-1").get(0);
        assertThat(own.get("entityId").asString()).isEqualTo("C6");
        assertThat(own.get("summary").asString()).doesNotContain("resolved entity");

        // a split is followed at once: the next sanction against C6 no longer reaches C2's list
        decide("C2", "C6", "DIFFERENT");
        sanction("S-FOL-2", "C6");
        assertThat(eventuallyAbout(direct, "S-FOL-2")).hasSize(1); // the change was matched
        assertThat(about(list, "S-FOL-2")).isEmpty();
    }

    @Test
    void aListWatchingSeveralMembersHearsAChangeOnceAboutTheMemberItConcerns() {
        String both = watch("both", "C2", "C6", "C8");
        String others = watch("others", "C6", "C8");
        decide("C6", "C2", "SAME");
        decide("C8", "C2", "SAME");

        sanction("S-FOL-3", "C6");

        List<JsonNode> once = eventuallyAbout(both, "S-FOL-3");
        assertThat(once).hasSize(1);
        assertThat(once.get(0).get("entityId").asString()).isEqualTo("C6");
        // without the member itself, the smallest watched member of the entity hears it, once
        sanction("S-FOL-4", "C2");
        List<JsonNode> viaEntity = eventuallyAbout(others, "S-FOL-4");
        assertThat(viaEntity).hasSize(1);
        assertThat(viaEntity.get(0).get("entityId").asString()).isEqualTo("C6");
        // (within the dedup window of S-FOL-3's notification about C6: one notification with both)
        assertThat(viaEntity.get(0).get("subjectIds").toString()).contains("\"C2\"");
        assertThat(viaEntity.get(0).get("summary").asString()).contains("member C2 of resolved entity C2: sanction S-FOL-4");
    }
}
