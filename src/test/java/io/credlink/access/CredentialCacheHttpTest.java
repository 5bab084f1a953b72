package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.internal.UserQueries;

/**
 * HTTP Basic with the cache of verified credentials: a verified password is not checked again
 * within the TTL, every other password still is, and writes and lockout drop the cached sign-in.
 */
@CredLinkTest
class CredentialCacheHttpTest {

    private static final String PATH = "/api/v1/users?size=1";

    @Autowired
    Driver driver;

    @Autowired
    UserQueries users;

    @Autowired
    PasswordEncoder encoder;

    AccessFixtures http;
    String name;

    @BeforeEach
    void setUp() {
        name = "cc-test-" + System.nanoTime();
        Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + name + "\", \"password\": \""
                + AccessFixtures.PASSWORD + "\", \"role\": \"ANALYST\"}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    @Test
    void aVerifiedPasswordIsNotCheckedAgainWithinTheTtl() {
        assertThat(status(AccessFixtures.PASSWORD)).isEqualTo(403);
        // replace the hash behind CredLink's back: a cached sign-in does not read the user again
        setHashInGraph("another-password-1");
        assertThat(status(AccessFixtures.PASSWORD)).isEqualTo(403);
        // a password that was never verified is checked against the graph as before
        assertThat(status("another-password-1")).isEqualTo(403);
    }

    @Test
    void aWrongPasswordAfterACachedSuccessIsStill401() {
        assertThat(status(AccessFixtures.PASSWORD)).isEqualTo(403);
        Reply wrong = http.call("GET", PATH, name, AccessFixtures.PASSWORD + "x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(http.call("GET", PATH, name, "").status()).isEqualTo(401);
        assertThat(status(AccessFixtures.PASSWORD)).isEqualTo(403);
    }

    @Test
    void aPasswordChangeThroughCredLinkDropsTheCachedSignIn() {
        assertThat(status(AccessFixtures.PASSWORD)).isEqualTo(403);
        // updateAdminCredentials is the write that sets a password (it also makes the user an ADMIN)
        assertThat(users.updateAdminCredentials(name, encoder.encode("the-new-password-1"))).isTrue();
        assertThat(status(AccessFixtures.PASSWORD)).isEqualTo(401);
        // the new password and the new role apply at once
        assertThat(status("the-new-password-1")).isEqualTo(200);
    }

    @Test
    void lockoutStillAppliesToANameWithACachedSignIn() {
        assertThat(status(AccessFixtures.PASSWORD)).isEqualTo(403);
        for (int i = 0; i < 5; i++) {
            assertThat(http.call("GET", PATH, name, "wrong-secret-" + i).status()).isEqualTo(401);
        }
        Reply locked = http.call("GET", PATH, name, AccessFixtures.PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("type").asString()).isEqualTo("https://credlink.io/problems/sign-in-locked");
    }

    /** 403 for the analyst on the user list means signed in; 401 means refused. */
    private int status(String password) {
        return http.call("GET", PATH, name, password).status();
    }

    private void setHashInGraph(String password) {
        driver.executableQuery("MATCH (u:User {name: $name}) SET u.passwordHash = $hash")
                .withParameters(Map.of("name", name, "hash", encoder.encode(password))).execute();
    }
}
