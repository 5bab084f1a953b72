package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures.Reply;

/** Limits against abuse: rate per user, failed sign-ins, body size, page size, depth. */
@CredLinkTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        http.usersByRole(driver);
    }

    void createUser(String name) {
        Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + name + "\", \"password\": \""
                + AccessFixtures.PASSWORD + "\", \"role\": \"ANALYST\"}");
        assertThat(r.status()).as(r.raw().body()).isIn(201, 409);
    }

    @Test
    void aUserAboveItsRateGets429WithRetryAfterOthersDoNot() {
        // application-test.properties gives user ratelimit-test a bucket of 3, refilled every 100 s
        createUser("ratelimit-test");
        int ok = 0;
        Reply limited = null;
        for (int i = 0; i < 10 && limited == null; i++) {
            Reply r = http.call("GET", "/api/v1/entities/CON-ACCESS-FIXTURE", "ratelimit-test", AccessFixtures.PASSWORD);
            if (r.status() == 429) {
                limited = r;
            } else {
                assertThat(r.status()).isEqualTo(200);
                ok++;
            }
        }
        assertThat(ok).isLessThanOrEqualTo(3);
        assertThat(limited).isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("type").asString()).isEqualTo("https://credlink.io/problems/rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 200L);
        assertThat(http.asAdmin("GET", "/api/v1/users?size=1").status()).isEqualTo(200);
    }

    @Test
    void repeatedFailedSignInsLockTheNameEvenWithTheRightPassword(CapturedOutput output) {
        String name = "lockout-" + System.nanoTime();
        createUser(name);
        assertThat(http.call("GET", "/api/v1/audit?size=1", name, AccessFixtures.PASSWORD).status()).isEqualTo(403);
        for (int i = 0; i < 5; i++) {
            Reply wrong = http.call("GET", "/api/v1/audit", name, "wrong-secret-" + i);
            assertThat(wrong.status()).isEqualTo(401);
        }
        Reply locked = http.call("GET", "/api/v1/audit", name, AccessFixtures.PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("type").asString()).isEqualTo("https://credlink.io/problems/sign-in-locked");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15L * 60);
        // an unknown name locks the same way, so a lock says nothing about existence
        String ghost = "ghost-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            http.call("GET", "/api/v1/audit", ghost, "wrong-secret-" + i);
        }
        assertThat(http.call("GET", "/api/v1/audit", ghost, "x").json().get("type").asString())
                .isEqualTo("https://credlink.io/problems/sign-in-locked");
        // other users are not affected; secrets are never logged
        assertThat(http.asAdmin("GET", "/api/v1/users?size=1").status()).isEqualTo(200);
        assertThat(output.getAll()).contains(name).doesNotContain("wrong-secret-").doesNotContain(AccessFixtures.PASSWORD);
    }

    @Test
    void aJsonBodyAboveTheLimitIs413AndWritesNothing() {
        String name = "big-" + System.nanoTime();
        String body = "{\"name\": \"" + name + "\", \"password\": \"" + AccessFixtures.PASSWORD
                + "\", \"role\": \"ANALYST\", \"orgId\": \"" + "x".repeat(1_100_000) + "\"}";
        Reply r = http.postJsonAsAdmin("/api/v1/users", body);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("https://credlink.io/problems/payload-too-large");
        assertThat(driver.executableQuery("MATCH (u:User {name: $n}) RETURN count(u) AS n")
                .withParameters(Map.of("n", name)).execute().records().get(0).get("n").asLong()).isZero();
    }

    @Test
    void pageSizesAboveTheLimitAre400OnEveryEndpoint() {
        for (String path : new String[] {"/api/v1/users?size=1001", "/api/v1/lists/black?size=5000",
                "/api/v1/audit?size=100000", "/api/v1/search?q=x&limit=1001", "/api/v1/fraud/alerts?size=2000"}) {
            Reply r = http.asAdmin("GET", path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.raw().body()).as(path).contains("must be at most 1000");
        }
        assertThat(http.asAdmin("GET", "/api/v1/users?size=200").status()).isEqualTo(200);
    }

    @Test
    void depthAndHopsAreBounded() {
        assertThat(http.asAdmin("GET", "/api/v1/entities/CON-ACCESS-FIXTURE/network?depth=9").status()).isEqualTo(400);
        assertThat(http.asAdmin("GET", "/api/v1/paths?from=CON-ACCESS-FIXTURE&to=INS-ACCESS-FIXTURE&maxHops=99")
                .status()).isEqualTo(400);
    }
}
