package io.credlink.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.locks.LockSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.neo4j.driver.Driver;

import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.Role;

/** What the browser tests of the monitoring pages share: the sanction a regulator records, a signature, clean-up. */
final class MonitoringPages {

    private MonitoringPages() {
    }

    static void deleteMonitoring(Driver driver) {
        driver.executableQuery("MATCH (n) WHERE n:Watchlist OR n:WatchMember OR n:Subscription OR n:Notification "
                + "OR n:OutboxEntry DETACH DELETE n").execute();
    }

    /** A blacklisting sanction against the party, recorded over the API by a user of that role. */
    static Reply sanction(AccessFixtures http, Driver driver, Role role, String id, String subjectId) {
        String user = http.usersByRole(driver).get(role);
        return http.json("POST", "/api/v1/sanctions", user, AccessFixtures.passwordOf(user), "{\"id\": \"" + id
                + "\", \"subjectId\": \"" + subjectId + "\", \"authority\": \"NFRA\", \"kind\": \"BAN_FROM_INDUSTRY\", "
                + "\"severity\": 5, \"blacklist\": true, \"decidedOn\": \"2025-01-01\", \"effectiveFrom\": \"2025-01-01\"}");
    }

    /** How many notifications the API lists for the user on the list (first page). */
    static int inboxSize(AccessFixtures http, String user, String listId) {
        return http.call("GET", "/api/v1/notifications?watchlistId=" + listId, user, AccessFixtures.passwordOf(user))
                .json().get("items").size();
    }

    /** Waits until a counterparty check by the user reports the party blacklisted. */
    static void untilBlacklisted(AccessFixtures http, String user, String partyId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean blacklisted = false;
        while (!blacklisted && System.nanoTime() < deadline) {
            Reply r = http.json("POST", "/api/v1/counterparty-checks", user, AccessFixtures.passwordOf(user),
                    "{\"ids\": [\"" + partyId + "\"]}");
            blacklisted = r.status() == 200 && r.json().get("results").get(0).get("blacklisted").asBoolean();
            if (!blacklisted) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        if (!blacklisted) {
            throw new AssertionError(partyId + " not reported blacklisted by a counterparty check");
        }
    }

    static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
