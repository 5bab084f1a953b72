package io.credlink.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.PrivacyFixture;
import io.credlink.access.Role;
import io.credlink.fraud.FraudScanCompleted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring end to end on the embedded graph with a real webhook receiver on loopback: watch
 * lists are their owner's, internal targets are refused, a sanction reaches the webhook signed
 * and survives a 500, a burst is one notification per list and party, notifications are marked
 * read in their owner's inbox only, an insurer's deliveries and inbox are masked.
 */
@CredLinkTest
class MonitoringHttpTest {

    static final String SECRET = "a-webhook-secret-of-32-characters";
    static final String INSURER = PrivacyFixture.INSURER_USER;
    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    AccessFixtures http;
    Map<Role, String> users;
    WebhookReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        http = new AccessFixtures(port);
        users = http.usersByRole(driver);
        PrivacyFixture.create(driver, http);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void clean() {
        receiver.close();
        driver.executableQuery("MATCH (n) WHERE n:Watchlist OR n:WatchMember OR n:Subscription OR n:Notification "
                + "OR n:OutboxEntry DETACH DELETE n").execute();
        GraphFixtures.deleteDomainData(driver);
    }

    Reply as(String user, String method, String path, String body) {
        return body == null ? http.call(method, path, user, AccessFixtures.passwordOf(user))
                : http.json(method, path, user, AccessFixtures.passwordOf(user), body);
    }

    String createList(String user, String name, String... ids) {
        Reply r = as(user, "POST", "/api/v1/watchlists", "{\"name\": \"" + name + "\", \"entityIds\": ["
                + String.join(", ", java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").toList()) + "]}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    Reply subscribe(String user, String listId, String events, String url) {
        return as(user, "POST", "/api/v1/subscriptions", "{\"watchlistId\": \"" + listId + "\", \"events\": ["
                + events + "], \"url\": \"" + url + "\", \"secret\": \"" + SECRET + "\"}");
    }

    static void assertProblem(Reply r, int status, String slug) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (slug != null) {
            assertThat(r.json().get("type").asString()).isEqualTo("https://credlink.io/problems/" + slug);
        }
    }

    /** Polls until the value satisfies the condition (or the deadline passes) and returns the last value. */
    static <T> T eventually(Supplier<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T last = value.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            last = value.get();
        }
        return last;
    }

    JsonNode inbox(String user, String listId) {
        Reply r = as(user, "GET", "/api/v1/notifications?watchlistId=" + listId, null);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json();
    }

    void raiseAlerts(String scanId, String... entityIds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int i = 0;
        for (String id : entityIds) {
            rows.add(Map.of("id", scanId + "-A" + (i++), "entityId", id));
        }
        driver.executableQuery("""
                UNWIND $rows AS row
                CREATE (:FraudAlert {id: row.id, kind: 'SHARED_IDENTIFIER', score: 0.9, entityIds: [row.entityId],
                                     scanId: $scanId, firstScanId: $scanId, suppressed: false})
                """).withParameters(Map.of("rows", rows, "scanId", scanId)).execute();
        // as the fraud module publishes it: in a transaction, which stores the publication
        transactions.executeWithoutResult(
                status -> events.publishEvent(new FraudScanCompleted(scanId, Map.of(), 0, OffsetDateTime.now())));
    }

    @Test
    void aWatchListIsItsOwnersAndAnotherOwnerGets404() {
        String list = createList(INSURER, "agents", "CON-PV1");
        Reply own = as(INSURER, "GET", "/api/v1/watchlists/" + list, null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("owner").asString()).isEqualTo("org:INS-PV1");
        assertThat(own.json().get("entityIds").toString()).isEqualTo("[\"CON-PV1\"]");

        String otherInsurer = users.get(Role.INSURER);
        for (String other : List.of(otherInsurer, users.get(Role.ANALYST), users.get(Role.REGULATOR), "admin")) {
            assertProblem(as(other, "GET", "/api/v1/watchlists/" + list, null), 404, "watchlist-not-found");
            assertProblem(as(other, "DELETE", "/api/v1/watchlists/" + list, null), 404, "watchlist-not-found");
            assertProblem(as(other, "POST", "/api/v1/watchlists/" + list + "/entities",
                    "{\"entityIds\": [\"CON-PV2\"]}"), 404, "watchlist-not-found");
            assertProblem(as(other, "GET", "/api/v1/notifications?watchlistId=" + list, null), 404,
                    "watchlist-not-found");
            assertThat(as(other, "GET", "/api/v1/watchlists", null).json().get("items").toString()).doesNotContain(list);
        }
        assertProblem(subscribe(otherInsurer, list, "\"BLACKLISTED\"", receiver.url("/x")), 404, "watchlist-not-found");
        assertProblem(as(users.get(Role.SUBJECT), "GET", "/api/v1/watchlists", null), 403, null);

        Reply added = as(INSURER, "POST", "/api/v1/watchlists/" + list + "/entities",
                "{\"entityIds\": [\"CON-PV2\", \"CON-PV1\"]}");
        assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
        assertThat(added.json().get("entityIds").toString()).isEqualTo("[\"CON-PV1\",\"CON-PV2\"]");
        assertProblem(as(INSURER, "POST", "/api/v1/watchlists/" + list + "/entities", "{\"entityIds\": [\"NOPE-1\"]}"),
                404, "entity-not-found");
        assertProblem(as(INSURER, "POST", "/api/v1/watchlists", "{\"name\": \" \"}"), 400, null);
        assertProblem(as(INSURER, "POST", "/api/v1/watchlists/" + list + "/entities", "{\"entityIds\": []}"), 400,
                null);
        Reply removed = as(INSURER, "DELETE", "/api/v1/watchlists/" + list + "/entities/CON-PV2", null);
        assertThat(removed.json().get("entityIds").toString()).isEqualTo("[\"CON-PV1\"]");
        assertProblem(as(INSURER, "DELETE", "/api/v1/watchlists/" + list + "/entities/CON-PV2", null), 404,
                "entity-not-found");
        assertThat(as(INSURER, "GET", "/api/v1/watchlists", null).json().get("total").asLong()).isEqualTo(1);

        assertThat(as(INSURER, "DELETE", "/api/v1/watchlists/" + list, null).status()).isEqualTo(204);
        assertProblem(as(INSURER, "GET", "/api/v1/watchlists/" + list, null), 404, "watchlist-not-found");
    }

    @Test
    void membersCanBeAddedFromACsvUpload() {
        String analyst = users.get(Role.ANALYST);
        String list = createList(analyst, "bulk");
        Reply added = http.send(http.request("POST", "/api/v1/watchlists/" + list + "/entities", analyst,
                AccessFixtures.PASSWORD).header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers
                .ofString("entity_id,name\r\nCON-PV1,x\r\n\"CON-PV2\"\r\n\r\nPRC-PV1\n")).build());
        assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
        assertThat(added.json().get("entityIds").toString()).isEqualTo("[\"CON-PV1\",\"CON-PV2\",\"PRC-PV1\"]");
        Reply unknown = http.send(http.request("POST", "/api/v1/watchlists/" + list + "/entities", analyst,
                AccessFixtures.PASSWORD).header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers
                .ofString("NOPE-2\n")).build());
        assertProblem(unknown, 404, "entity-not-found");
        Reply empty = http.send(http.request("POST", "/api/v1/watchlists/" + list + "/entities", analyst,
                AccessFixtures.PASSWORD).header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers
                .ofString("entity_id\n")).build());
        assertProblem(empty, 400, null);
    }

    @Test
    void webhookTargetsMustBeHttpAndNotInternalAndTheSecretIsNeverEchoed() {
        String analyst = users.get(Role.ANALYST);
        String list = createList(analyst, "watched", "CON-PV1");
        for (String url : List.of("ftp://example.com/hook", "file:///etc/passwd", "http://localhost:9/hook",
                "http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook", "http:/no-host")) {
            assertProblem(subscribe(analyst, list, "\"BLACKLISTED\"", url), 400, "webhook-target-refused");
        }
        assertProblem(as(analyst, "POST", "/api/v1/subscriptions", "{\"watchlistId\": \"" + list
                + "\", \"events\": [\"BLACKLISTED\"], \"url\": \"" + receiver.url("/h") + "\", \"secret\": \"short\"}"),
                400, null);
        assertProblem(subscribe(analyst, list, "\"NOT_A_KIND\"", receiver.url("/h")), 400, null);
        assertProblem(subscribe(analyst, "WL-NOPE", "\"BLACKLISTED\"", receiver.url("/h")), 404, "watchlist-not-found");

        Reply ok = subscribe(analyst, list, "\"BLACKLISTED\", \"BLACKLISTED\", \"RESTRICTED\"", receiver.url("/h"));
        assertThat(ok.status()).as(ok.raw().body()).isEqualTo(201);
        assertThat(ok.raw().body()).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(ok.json().get("events").toString()).isEqualTo("[\"BLACKLISTED\",\"RESTRICTED\"]");

        // listed for its owner, never with the secret; another owner's list filter is 404
        Reply listed = as(analyst, "GET", "/api/v1/subscriptions?watchlistId=" + list, null);
        assertThat(listed.status()).as(listed.raw().body()).isEqualTo(200);
        assertThat(listed.raw().body()).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(listed.json().get("total").asLong()).isEqualTo(1);
        JsonNode sub = listed.json().get("items").get(0);
        assertThat(sub.get("id").asString()).isEqualTo(ok.json().get("id").asString());
        assertThat(sub.get("url").asString()).isEqualTo(receiver.url("/h"));
        assertThat(sub.get("deliveries").get("pending").asLong()).isZero();
        assertProblem(as(INSURER, "GET", "/api/v1/subscriptions?watchlistId=" + list, null), 404, "watchlist-not-found");
        assertThat(as(INSURER, "GET", "/api/v1/subscriptions", null).json().get("total").asLong()).isZero();
        assertProblem(as(analyst, "GET", "/api/v1/subscriptions?size=0", null), 400, null);
    }

    @Test
    void aSanctionReachesTheWebhookSignedAndA500IsRetriedUntilDelivered() throws Exception {
        String analyst = users.get(Role.ANALYST);
        String list = createList(analyst, "customers", "CON-PV1");
        receiver.answer(500);
        assertThat(subscribe(analyst, list, "\"BLACKLISTED\", \"SANCTION_RECORDED\"", receiver.url("/hook")).status())
                .isEqualTo(201);

        Reply sanction = http.postJsonAsAdmin("/api/v1/sanctions", """
                {"id": "SAN-MON-1", "subjectId": "CON-PV1", "authority": "NFRA", "kind": "BAN_FROM_INDUSTRY",
                 "severity": 5, "blacklist": true, "decidedOn": "2025-01-01", "effectiveFrom": "2025-01-01"}""");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);

        WebhookReceiver.Call first = receiver.next(WAIT);
        WebhookReceiver.Call second = receiver.next(WAIT);
        assertThat(first).as("first attempt").isNotNull();
        assertThat(second).as("the retry after the 500").isNotNull();
        for (WebhookReceiver.Call call : List.of(first, second)) {
            assertThat(call.headers().get("X-CredLink-Signature")).isEqualTo("sha256=" + hmac(call.body()));
            JsonNode body = JSON.readTree(call.text());
            assertThat(call.headers().get("X-CredLink-Timestamp")).isEqualTo(body.get("sentAt").asString());
            assertThat(body.get("kind").asString()).isEqualTo("BLACKLISTED");
            assertThat(body.get("entityId").asString()).isEqualTo("CON-PV1");
            assertThat(body.get("watchlistId").asString()).isEqualTo(list);
            assertThat(body.get("summary").asString()).contains("blacklisted by sanction SAN-MON-1")
                    .contains("sanction SAN-MON-1 recorded against CON-PV1");
        }
        assertThat(JSON.readTree(second.text()).get("id").asString())
                .isEqualTo(JSON.readTree(first.text()).get("id").asString());
        // a forged body does not verify
        assertThat(hmac((first.text() + " ").getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(first.headers().get("X-CredLink-Signature").substring(7));

        JsonNode item = eventually(() -> inbox(analyst, list).get("items").get(0),
                n -> n != null && "DELIVERED".equals(n.get("delivery").get("status").asString()));
        assertThat(item.get("delivery").get("status").asString()).isEqualTo("DELIVERED");
        assertThat(item.get("delivery").get("attempts").asLong()).isEqualTo(2);
        assertThat(item.get("delivery").get("lastError").asString()).isEqualTo("HTTP 500");
        assertThat(item.get("kinds").toString()).isEqualTo("[\"BLACKLISTED\",\"SANCTION_RECORDED\"]");
        // the same changes as data, in order, for a client that words them in its reader's language
        assertThat(item.get("changes").toString()).isEqualTo("[{\"kind\":\"BLACKLISTED\",\"subjectId\":\"CON-PV1\","
                + "\"summaryCode\":\"monitoring.blacklisted\",\"summaryArgs\":{\"sanctionId\":\"SAN-MON-1\"}},"
                + "{\"kind\":\"SANCTION_RECORDED\",\"subjectId\":\"CON-PV1\",\"summaryCode\":\"monitoring.sanctionRecorded\","
                + "\"summaryArgs\":{\"sanctionId\":\"SAN-MON-1\",\"sanctionedId\":\"CON-PV1\"}}]");
        assertThat(inbox(analyst, list).get("total").asLong()).isEqualTo(1);
        JsonNode deliveries = as(analyst, "GET", "/api/v1/subscriptions?watchlistId=" + list, null).json()
                .get("items").get(0).get("deliveries");
        assertThat(deliveries.get("delivered").asLong()).isEqualTo(1);
        assertThat(deliveries.get("pending").asLong()).isZero();
        assertThat(deliveries.get("lastAttemptAt").isNull()).isFalse();

        JsonNode audit = eventually(() -> http.asAdmin("GET", "/api/v1/audit?entityId=CON-PV1&actor=" + analyst)
                .json().get("items"), a -> a.toString().split("webhook-delivery", -1).length > 2);
        assertThat(audit.toString()).contains("\"action\":\"webhook-delivery\"").contains("attempt 1: PENDING (HTTP 500)")
                .contains("attempt 2: DELIVERED");
    }

    @Test
    void aBurstAboutOnePartyIsOneNotificationPerListAndOthersAreNotTold() throws Exception {
        String analyst = users.get(Role.ANALYST);
        String regulator = users.get(Role.REGULATOR);
        String list = createList(analyst, "burst", "CON-PV1", "CON-PV2");
        String other = createList(regulator, "also", "CON-PV1");
        assertThat(subscribe(analyst, list, "\"ALERT_RAISED\"", receiver.url("/burst")).status()).isEqualTo(201);

        raiseAlerts("SCAN-MON-1", "CON-PV1", "CON-PV1");
        raiseAlerts("SCAN-MON-2", "CON-PV1", "PRC-PV1");

        WebhookReceiver.Call call = receiver.next(WAIT);
        assertThat(call).isNotNull();
        JsonNode body = JSON.readTree(call.text());
        assertThat(body.get("entityId").asString()).isEqualTo("CON-PV1");
        assertThat(body.get("summary").asString()).contains("SCAN-MON-1-A0").contains("SCAN-MON-1-A1")
                .contains("SCAN-MON-2-A0");
        JsonNode mine = eventually(() -> inbox(analyst, list),
                n -> "DELIVERED".equals(n.get("items").get(0).get("delivery").get("status").asString()));
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("kinds").size()).isEqualTo(3);
        // the other owner's list gets its own one notification, without a webhook
        JsonNode theirs = inbox(regulator, other);
        assertThat(theirs.get("total").asLong()).isEqualTo(1);
        assertThat(theirs.get("items").get(0).get("delivery").get("status").asString()).isEqualTo("NONE");
        assertThat(as(users.get(Role.INSURER), "GET", "/api/v1/notifications", null).json().get("total").asLong())
                .isZero();
        // since filters by time
        assertThat(as(analyst, "GET", "/api/v1/notifications?since=2999-01-01T00:00:00Z", null).json().get("total")
                .asLong()).isZero();
        assertProblem(as(analyst, "GET", "/api/v1/notifications?since=yesterday", null), 400, null);
        assertThat(receiver.pending()).isZero();
    }

    @Test
    void notificationsAreMarkedReadInTheirOwnersInboxOnlyAndTheFirstReadingStays() {
        String analyst = users.get(Role.ANALYST);
        String regulator = users.get(Role.REGULATOR);
        String list = createList(analyst, "to read", "CON-PV1", "PRC-PV1");
        String other = createList(regulator, "theirs", "CON-PV1");

        raiseAlerts("SCAN-MON-R", "CON-PV1", "PRC-PV1");

        JsonNode mine = eventually(() -> inbox(analyst, list), n -> n.get("total").asLong() == 2);
        assertThat(mine.get("total").asLong()).isEqualTo(2);
        mine.get("items").forEach(n -> assertThat(n.hasNonNull("readAt")).as(n.toString()).isFalse());
        String first = mine.get("items").get(0).get("id").asString();
        String second = mine.get("items").get(1).get("id").asString();
        JsonNode theirs = eventually(() -> inbox(regulator, other), n -> n.get("total").asLong() == 1);
        String theirId = theirs.get("items").get(0).get("id").asString();

        // another owner's notification and an unknown id are passed over
        Reply read = as(analyst, "POST", "/api/v1/notifications/read", "{\"ids\": [\"" + first + "\", \"" + theirId
                + "\", \"NOT-NOPE\", \"" + first + "\"]}");
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        assertThat(read.json().get("ids").toString()).isEqualTo("[\"" + first + "\"]");
        assertThat(read.json().get("unread").asLong()).isEqualTo(1);
        JsonNode after = inbox(analyst, list);
        JsonNode marked = after.get("items").get(0).get("id").asString().equals(first) ? after.get("items").get(0) : after.get("items").get(1);
        JsonNode unmarked = marked == after.get("items").get(0) ? after.get("items").get(1) : after.get("items").get(0);
        assertThat(marked.get("readBy").asString()).isEqualTo(analyst);
        String readAt = marked.get("readAt").asString();
        assertThat(OffsetDateTime.parse(readAt)).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(unmarked.hasNonNull("readAt")).isFalse();
        assertThat(inbox(regulator, other).get("items").get(0).hasNonNull("readAt")).as("the other owner's").isFalse();

        // marked again with the rest: the first reading stays, none is left unread
        Reply all = as(analyst, "POST", "/api/v1/notifications/read", "{\"ids\": [\"" + first + "\", \"" + second + "\"]}");
        assertThat(all.status()).as(all.raw().body()).isEqualTo(200);
        assertThat(all.json().get("unread").asLong()).isZero();
        JsonNode again = inbox(analyst, list);
        again.get("items").forEach(n -> assertThat(n.get("readBy").asString()).isEqualTo(analyst));
        again.get("items").forEach(n -> {
            if (n.get("id").asString().equals(first)) {
                assertThat(n.get("readAt").asString()).isEqualTo(readAt);
            }
        });

        // what a client can get wrong: 400, nothing marked
        assertProblem(as(regulator, "POST", "/api/v1/notifications/read", "{\"ids\": []}"), 400, null);
        assertProblem(as(regulator, "POST", "/api/v1/notifications/read", "{}"), 400, null);
        assertProblem(as(regulator, "POST", "/api/v1/notifications/read", "{\"ids\": [\" \"]}"), 400, null);
        assertThat(inbox(regulator, other).get("items").get(0).hasNonNull("readAt")).isFalse();
        // a subject has no inbox
        assertProblem(as(users.get(Role.SUBJECT), "POST", "/api/v1/notifications/read", "{\"ids\": [\"" + theirId + "\"]}"), 403, null);
    }

    @Test
    void aGradeChangedByASanctionIsNotified() throws Exception {
        String analyst = users.get(Role.ANALYST);
        String list = createList(analyst, "grades", "CON-PV1");
        assertThat(subscribe(analyst, list, "\"GRADE_CHANGED\"", receiver.url("/grades")).status()).isEqualTo(201);
        Reply baseline = http.asAdmin("POST", "/api/v1/credit/recomputations");
        assertThat(baseline.status()).as(baseline.raw().body()).isEqualTo(201);
        String before = http.asAdmin("GET", "/api/v1/credit/scores/CON-PV1").json().get("grade").asString();

        Reply sanction = http.postJsonAsAdmin("/api/v1/sanctions", """
                {"id": "SAN-MON-G", "subjectId": "CON-PV1", "authority": "NFRA", "kind": "BAN_FROM_INDUSTRY",
                 "severity": 5, "blacklist": true, "decidedOn": "2025-01-01", "effectiveFrom": "2025-01-01"}""");
        assertThat(sanction.status()).as(sanction.raw().body()).isEqualTo(201);
        // scores follow the sanction in the background
        String after = eventually(() -> http.asAdmin("GET", "/api/v1/credit/scores/CON-PV1").json().get("grade").asString(),
                grade -> !grade.equals(before));
        assertThat(after).as("the sanction changes the grade").isNotEqualTo(before);

        WebhookReceiver.Call call = receiver.next(WAIT);
        assertThat(call).isNotNull();
        assertThat(JSON.readTree(call.text()).get("summary").asString()).contains("credit grade " + before + " -> " + after);
        assertThat(inbox(analyst, list).get("items").get(0).get("kinds").toString()).contains("GRADE_CHANGED");
    }

    @Test
    void anInsurersWebhookAndInboxMaskWhatItMayNotSee() throws Exception {
        String phone = "PHONE:" + PrivacyFixture.OTHER_PHONE;
        String list = createList(INSURER, "phones", phone);
        assertThat(subscribe(INSURER, list, "\"ALERT_RAISED\"", receiver.url("/masked")).status()).isEqualTo(201);

        raiseAlerts("SCAN-MON-3", phone);

        WebhookReceiver.Call call = receiver.next(WAIT);
        assertThat(call).isNotNull();
        assertThat(call.text()).doesNotContain(PrivacyFixture.OTHER_PHONE);
        assertThat(JSON.readTree(call.text()).get("entityId").asString()).isEqualTo(
                io.credlink.access.Pii.mask(phone));
        JsonNode inbox = inbox(INSURER, list);
        assertThat(inbox.toString()).doesNotContain(PrivacyFixture.OTHER_PHONE);
        assertThat(inbox.get("total").asLong()).isEqualTo(1);
    }

    static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
