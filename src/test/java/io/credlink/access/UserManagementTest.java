package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCrypt;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;

@CredLinkTest
class UserManagementTest {

    private static final String PREFIX = "um-test-";

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        driver.executableQuery("MERGE (:Entity:Party:Insurer {id: 'INS-UM-1', name: 'Insurer One'})").execute();
        driver.executableQuery("MERGE (:Entity:Party:Consumer {id: 'CON-UM-1', name: 'Consumer One'})").execute();
        driver.executableQuery("MERGE (:Entity:Policy {id: 'POL-UM-1'})").execute();
    }

    @AfterEach
    void cleanUp() {
        driver.executableQuery("MATCH (u:User) WHERE u.name STARTS WITH $p DETACH DELETE u")
                .withParameters(Map.of("p", PREFIX)).execute();
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void adminCreatesAnAnalystAndTheAnswerNeverShowsThePassword() {
        Reply r = http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"um-test-ana\", \"password\": \"correct-horse-battery\", \"role\": \"ANALYST\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/users/um-test-ana");
        JsonNode body = r.json();
        assertThat(body.get("name").asString()).isEqualTo("um-test-ana");
        assertThat(body.get("role").asString()).isEqualTo("ANALYST");
        assertThat(body.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(body.has("orgId")).isTrue();
        assertThat(r.raw().body()).doesNotContain("correct-horse-battery").doesNotContainIgnoringCase("hash");
        // the new user can sign in with the password
        assertThat(http.call("GET", "/api/v1/entities/X", "um-test-ana", "correct-horse-battery").status())
                .isNotIn(401, 403);
    }

    @Test
    void thePasswordIsStoredAsABcryptHashOnAUserNodeThatIsNotAnEntity() {
        http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"um-test-hash\", \"password\": \"correct-horse-battery\", \"role\": \"REGULATOR\"}");
        var row = driver.executableQuery("MATCH (u:User {name: 'um-test-hash'}) RETURN u.passwordHash AS h, "
                + "labels(u) AS labels, u.enabled AS enabled, u.createdAt IS :: ZONED DATETIME AS dated")
                .execute().records().get(0);
        String hash = row.get("h").asString();
        assertThat(hash).startsWith("$2a$").hasSize(60);
        assertThat(BCrypt.checkpw("correct-horse-battery", hash)).isTrue();
        assertThat(row.get("labels").asList()).containsExactly("User");
        assertThat(row.get("enabled").asBoolean()).isTrue();
        assertThat(row.get("dated").asBoolean()).isTrue();
    }

    @Test
    void insurerAndSubjectUsersReferToExistingInsurerAndParty() {
        Reply insurer = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"um-test-ins\", \"password\": "
                + "\"correct-horse-battery\", \"role\": \"INSURER\", \"orgId\": \"INS-UM-1\"}");
        assertThat(insurer.status()).isEqualTo(201);
        assertThat(insurer.json().get("orgId").asString()).isEqualTo("INS-UM-1");
        Reply subject = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"um-test-sub\", \"password\": "
                + "\"correct-horse-battery\", \"role\": \"SUBJECT\", \"entityId\": \"CON-UM-1\"}");
        assertThat(subject.status()).isEqualTo(201);
        assertThat(subject.json().get("entityId").asString()).isEqualTo("CON-UM-1");
    }

    @Test
    void invalidFieldsAnswer400WithOneErrorPerField() {
        Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"x\", \"password\": null, \"role\": null}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("type").asString()).isEqualTo("https://credlink.io/problems/validation");
        assertThat(body.get("title").asString()).isEqualTo("Invalid request");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/users");
        assertThat(fields(body)).containsExactlyInAnyOrder("name", "password", "role");
        body.get("errors").forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
    }

    @Test
    void shortPasswordAndMissingOrUnknownReferencesAreFieldErrors() {
        assertThat(fields(http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"um-test-a\", \"password\": \"short\", \"role\": \"ANALYST\"}").json()))
                .containsExactly("password");
        assertThat(fields(http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"um-test-b\", \"password\": \"correct-horse-battery\", \"role\": \"INSURER\"}").json()))
                .containsExactly("orgId");
        Reply unknownOrg = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"um-test-c\", \"password\": "
                + "\"correct-horse-battery\", \"role\": \"INSURER\", \"orgId\": \"POL-UM-1\"}");
        assertThat(unknownOrg.status()).isEqualTo(400);
        assertThat(unknownOrg.json().at("/errors/0/message").asString()).contains("not the id of an insurer");
        assertThat(fields(http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"um-test-d\", \"password\": "
                + "\"correct-horse-battery\", \"role\": \"SUBJECT\", \"entityId\": \"NOPE\"}").json()))
                .containsExactly("entityId");
        assertThat(fields(http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"um-test-e\", \"password\": "
                + "\"correct-horse-battery\", \"role\": \"ANALYST\", \"orgId\": \"INS-UM-1\"}").json()))
                .containsExactly("orgId");
        assertThat(fields(http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"um-test-f\", \"password\": \""
                + "\u00e9".repeat(40) + "\", \"role\": \"ANALYST\"}").json()))
                .containsExactly("password");
        assertThat(driver.executableQuery("MATCH (u:User) WHERE u.name STARTS WITH $p RETURN count(u) AS n")
                .withParameters(Map.of("p", PREFIX)).execute().records().get(0).get("n").asLong()).isZero();
    }

    @Test
    void anUnknownRoleNamesTheRoleField() {
        Reply r = http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"um-test-g\", \"password\": \"correct-horse-battery\", \"role\": \"KING\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("role");
        assertThat(r.json().at("/errors/0/message").asString()).contains("ADMIN", "SUBJECT");
    }

    @Test
    void aTakenNameIs409() {
        String body = "{\"name\": \"um-test-dup\", \"password\": \"correct-horse-battery\", \"role\": \"ANALYST\"}";
        assertThat(http.postJsonAsAdmin("/api/v1/users", body).status()).isEqualTo(201);
        Reply again = http.postJsonAsAdmin("/api/v1/users", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("https://credlink.io/problems/user-exists");
        assertThat(http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"admin\", \"password\": \"correct-horse-battery\", \"role\": \"ANALYST\"}").status())
                .isEqualTo(409);
    }

    @Test
    void adminsListUsersByPageAndReadOneByName() {
        for (String n : List.of("um-test-l1", "um-test-l2", "um-test-l3")) {
            http.postJsonAsAdmin("/api/v1/users",
                    "{\"name\": \"" + n + "\", \"password\": \"correct-horse-battery\", \"role\": \"ANALYST\"}");
        }
        JsonNode page = http.asAdmin("GET", "/api/v1/users?page=0&size=2").json();
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.toString()).doesNotContain("passwordHash");
        assertThat(http.asAdmin("GET", "/api/v1/users/um-test-l2").json().get("role").asString()).isEqualTo("ANALYST");
        Reply missing = http.asAdmin("GET", "/api/v1/users/um-test-none");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("https://credlink.io/problems/user-not-found");
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgainWhateverItsCachedSignIn() {
        http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"um-test-off\", \"password\": \"correct-horse-battery\", \"role\": \"ANALYST\"}");
        assertThat(http.call("GET", "/api/v1/lists/black", "um-test-off", "correct-horse-battery").status()).isEqualTo(200);

        Reply disabled = http.asAdmin("POST", "/api/v1/users/UM-TEST-OFF/disable");
        assertThat(disabled.status()).as(disabled.raw().body()).isEqualTo(200);
        assertThat(disabled.json().get("name").asString()).isEqualTo("um-test-off");
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(http.call("GET", "/api/v1/lists/black", "um-test-off", "correct-horse-battery").status()).isEqualTo(401);
        assertThat(http.asAdmin("GET", "/api/v1/users/um-test-off").json().get("enabled").asBoolean()).isFalse();

        Reply enabled = http.asAdmin("POST", "/api/v1/users/um-test-off/enable");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        assertThat(http.call("GET", "/api/v1/lists/black", "um-test-off", "correct-horse-battery").status()).isEqualTo(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOneAtOnceAndFollowsTheRulesOfANewOne() {
        http.postJsonAsAdmin("/api/v1/users",
                "{\"name\": \"um-test-reset\", \"password\": \"correct-horse-battery\", \"role\": \"REGULATOR\"}");
        assertThat(http.call("GET", "/api/v1/lists/black", "um-test-reset", "correct-horse-battery").status()).isEqualTo(200);

        Reply tooShort = http.postJsonAsAdmin("/api/v1/users/um-test-reset/password", "{\"password\": \"short\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(http.postJsonAsAdmin("/api/v1/users/um-test-reset/password", "{}").status()).isEqualTo(400);

        Reply reset = http.postJsonAsAdmin("/api/v1/users/um-test-reset/password", "{\"password\": \"a-new-long-password\"}");
        assertThat(reset.status()).as(reset.raw().body()).isEqualTo(200);
        assertThat(reset.raw().body()).doesNotContain("a-new-long-password").doesNotContainIgnoringCase("hash");
        assertThat(http.call("GET", "/api/v1/lists/black", "um-test-reset", "correct-horse-battery").status()).isEqualTo(401);
        assertThat(http.call("GET", "/api/v1/lists/black", "um-test-reset", "a-new-long-password").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotDisableItselfAndUnknownUsersAre404() {
        Reply self = http.asAdmin("POST", "/api/v1/users/" + AccessFixtures.ADMIN.toUpperCase() + "/disable");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("type").asString()).endsWith("/own-account");
        assertThat(http.call("GET", "/api/v1/lists/black", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD).status())
                .isEqualTo(200);
        assertThat(http.asAdmin("POST", "/api/v1/users/um-test-nobody/disable").status()).isEqualTo(404);
        assertThat(http.asAdmin("POST", "/api/v1/users/um-test-nobody/enable").status()).isEqualTo(404);
        assertThat(http.postJsonAsAdmin("/api/v1/users/um-test-nobody/password", "{\"password\": \"a-new-long-password\"}")
                .status()).isEqualTo(404);
    }
}
