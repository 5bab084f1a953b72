package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.internal.UserQueries;

/**
 * User names are one namespace whatever their case: names are stored as given and compared in
 * their canonical form (NFKC, lower case), by creation, sign-in, lockout, the credential cache
 * and the rate limit alike.
 */
@CredLinkTest
class UserNameCaseTest {

    private static final String PREFIX = "unc-";
    /** 403 on the user list means signed in as a non-admin; 401 means refused. */
    private static final String PATH = "/api/v1/users?size=1";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    UserQueries users;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void cleanUp() {
        driver.executableQuery("MATCH (u:User) WHERE toLower(u.name) STARTS WITH $p OR u.name = 'caserate-test' "
                + "DETACH DELETE u").withParameters(Map.of("p", PREFIX)).execute();
    }

    private AccessFixtures http() {
        return new AccessFixtures(port);
    }

    private Reply create(String name) {
        return http().postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + name + "\", \"password\": \""
                + AccessFixtures.PASSWORD + "\", \"role\": \"ANALYST\"}");
    }

    private String unique(String stem) {
        return PREFIX + stem + "-" + System.nanoTime();
    }

    @Test
    void aNameThatDiffersOnlyByCaseFromATakenOneIs409AndStoredOnce() {
        String name = unique("alice");
        assertThat(create(name).status()).isEqualTo(201);
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        Reply again = create(upper);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("https://credlink.io/problems/user-exists");
        Reply capitalised = create("U" + name.substring(1));
        assertThat(capitalised.status()).isEqualTo(409);
        long stored = driver.executableQuery("MATCH (u:User) WHERE toLower(u.name) = $n RETURN count(u) AS n")
                .withParameters(Map.of("n", name)).execute().records().get(0).get("n").asLong();
        assertThat(stored).isEqualTo(1);
        // read by any spelling, shown as it was created
        assertThat(http().asAdmin("GET", "/api/v1/users/" + upper).json().get("name").asString()).isEqualTo(name);
    }

    @Test
    void anyCaseOfTheNameSignsInToTheSameAccount() {
        String name = unique("Bob");
        assertThat(create(name).status()).isEqualTo(201);
        for (String spelling : new String[] {name, name.toLowerCase(java.util.Locale.ROOT),
                name.toUpperCase(java.util.Locale.ROOT), toFullWidth(name)}) {
            assertThat(http().call("GET", PATH, spelling, AccessFixtures.PASSWORD).status()).as(spelling)
                    .isEqualTo(403);
        }
        assertThat(http().call("GET", PATH, name.toUpperCase(java.util.Locale.ROOT), "wrong-password-1").status())
                .isEqualTo(401);
        // the audit trail names the account as stored, whatever spelling signed in
        http().call("GET", "/api/v1/entities/UNC-NOPE", name.toUpperCase(java.util.Locale.ROOT),
                AccessFixtures.PASSWORD);
        Reply trail = http().asAdmin("GET", "/api/v1/audit?entityId=UNC-NOPE&actor=" + name);
        assertThat(trail.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void failedSignInsWithAnySpellingLockTheOneAccount() {
        String name = unique("carol");
        assertThat(create(name).status()).isEqualTo(201);
        String[] spellings = {name, name.toUpperCase(java.util.Locale.ROOT), "U" + name.substring(1)};
        for (int i = 0; i < 5; i++) {
            assertThat(http().call("GET", PATH, spellings[i % 3], "wrong-secret-" + i).status()).isEqualTo(401);
        }
        for (String spelling : spellings) {
            Reply locked = http().call("GET", PATH, spelling, AccessFixtures.PASSWORD);
            assertThat(locked.status()).as(spelling).isEqualTo(401);
            assertThat(locked.json().get("type").asString()).isEqualTo("https://credlink.io/problems/sign-in-locked");
        }
    }

    @Test
    void aWriteUnderOneSpellingDropsTheSignInCachedUnderAnother() {
        String name = unique("dave");
        assertThat(create(name).status()).isEqualTo(201);
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        assertThat(http().call("GET", PATH, upper, AccessFixtures.PASSWORD).status()).isEqualTo(403);
        assertThat(users.updateAdminCredentials(name, encoder.encode("the-new-password-1"))).isTrue();
        assertThat(http().call("GET", PATH, upper, AccessFixtures.PASSWORD).status()).isEqualTo(401);
        assertThat(http().call("GET", PATH, upper, "the-new-password-1").status()).isEqualTo(200);
        // and the other way round: written under the upper-case spelling, cached under the stored one
        assertThat(http().call("GET", PATH, name, "the-new-password-1").status()).isEqualTo(200);
        assertThat(users.updateAdminCredentials(upper, encoder.encode("a-third-password-1"))).isTrue();
        assertThat(http().call("GET", PATH, name, "the-new-password-1").status()).isEqualTo(401);
        assertThat(http().call("GET", PATH, name, "a-third-password-1").status()).isEqualTo(200);
    }

    @Test
    void everySpellingDrawsOnTheOneRateLimitBucket() {
        // application-test.properties gives CaseRate-Test a bucket of 3, refilled every 100 s
        assertThat(create("caserate-test").status()).isEqualTo(201);
        String[] spellings = {"caserate-test", "CASERATE-TEST", "CaseRate-Test", "caseRATE-test"};
        int ok = 0;
        int limited = 0;
        for (String spelling : spellings) {
            int status = http().call("GET", "/api/v1/entities/UNC-NOPE", spelling, AccessFixtures.PASSWORD).status();
            if (status == 429) {
                limited++;
            } else {
                assertThat(status).isEqualTo(404);
                ok++;
            }
        }
        assertThat(ok).isEqualTo(3);
        assertThat(limited).isEqualTo(1);
    }

    /** The full-width form of an ASCII name: NFKC maps it back, so it reaches the same account. */
    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }
}
