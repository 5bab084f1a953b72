package io.credlink.access;

import static io.credlink.access.Role.ADMIN;
import static io.credlink.access.Role.ANALYST;
import static io.credlink.access.Role.INSURER;
import static io.credlink.access.Role.REGULATOR;
import static io.credlink.access.Role.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;

/** The role table of API.md, endpoint by endpoint, over HTTP. */
@CredLinkTest
class EndpointSecurityTest {

    private static final Set<Role> READERS = EnumSet.of(ADMIN, REGULATOR, ANALYST, INSURER);
    private static final Set<Role> INVESTIGATORS = EnumSet.of(ADMIN, REGULATOR, ANALYST);
    private static final Set<Role> AUTHORITIES = EnumSet.of(ADMIN, REGULATOR);

    /** Every endpoint of API.md with the roles its table allows (written from API.md, not from the policy). */
    record Endpoint(String method, String path, Set<Role> allowed) {
    }

    static final List<Endpoint> API = List.of(
            new Endpoint("POST", "/api/v1/imports", AUTHORITIES),
            new Endpoint("GET", "/api/v1/entities/P-1", READERS),
            new Endpoint("GET", "/api/v1/entities/P-1/network?depth=2&asOf=2024-01-01", READERS),
            new Endpoint("GET", "/api/v1/paths?from=P-1&to=P-2&maxHops=3", READERS),
            new Endpoint("GET", "/api/v1/search?q=zhang", READERS),
            new Endpoint("POST", "/api/v1/sanctions", AUTHORITIES),
            new Endpoint("GET", "/api/v1/sanctions/S-1/propagation?asOf=2024-01-01", INVESTIGATORS),
            new Endpoint("GET", "/api/v1/sanctions/S-1", INVESTIGATORS),
            new Endpoint("POST", "/api/v1/sanctions/S-1/withdrawal", AUTHORITIES),
            new Endpoint("POST", "/api/v1/sanctions/S-1/early-end", AUTHORITIES),
            new Endpoint("POST", "/api/v1/records", AUTHORITIES),
            new Endpoint("POST", "/api/v1/sanctions/impact", AUTHORITIES),
            new Endpoint("GET", "/api/v1/entities/P-1/restrictions?asOf=2024-01-01", READERS),
            new Endpoint("GET", "/api/v1/lists/black?asOf=2024-01-01", READERS),
            new Endpoint("GET", "/api/v1/lists/red", READERS),
            new Endpoint("POST", "/api/v1/fraud/scans", INVESTIGATORS),
            new Endpoint("GET", "/api/v1/fraud/alerts?kind=RING&minScore=0.5", INVESTIGATORS),
            new Endpoint("GET", "/api/v1/fraud/claim-scores?minScore=0.5&page=0&size=10", INVESTIGATORS),
            new Endpoint("GET", "/api/v1/fraud/scans?page=0&size=10", INVESTIGATORS),
            new Endpoint("GET", "/api/v1/fraud/rings", INVESTIGATORS),
            new Endpoint("GET", "/api/v1/credit/scores/P-1?asOf=2024-01-01", READERS),
            new Endpoint("POST", "/api/v1/counterparty-checks", READERS),
            new Endpoint("GET", "/api/v1/credit/recomputations", INVESTIGATORS),
            new Endpoint("POST", "/api/v1/objections", EnumSet.of(SUBJECT)),
            new Endpoint("POST", "/api/v1/objections/O-1/resolution", AUTHORITIES),
            // beyond API.md's table: docs/sanctions.md (objections, records, feedback)
            new Endpoint("GET", "/api/v1/objections?status=OPEN", EnumSet.of(ADMIN, REGULATOR, SUBJECT)),
            new Endpoint("GET", "/api/v1/objections/O-1", EnumSet.of(ADMIN, REGULATOR, SUBJECT)),
            new Endpoint("GET", "/api/v1/records/R-1", INVESTIGATORS),
            new Endpoint("POST", "/api/v1/measures/feedback", EnumSet.of(ADMIN, REGULATOR, INSURER)),
            new Endpoint("GET", "/api/v1/sanctions/S-1/feedback", AUTHORITIES),
            new Endpoint("GET", "/api/v1/audit?entityId=P-1", AUTHORITIES),
            new Endpoint("POST", "/api/v1/users", EnumSet.of(ADMIN)),
            new Endpoint("GET", "/api/v1/users", EnumSet.of(ADMIN)));

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;

    @BeforeEach
    void setUp() {
        users = http.usersByRole(driver);
    }

    @Test
    void healthIsUpWithoutCredentials() {
        Reply r = http.call("GET", "/actuator/health", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void healthComponentsAndDetailsAreForAdminsOnly() {
        Reply admin = http.asAdmin("GET", "/actuator/health");
        JsonNode components = admin.json().get("components");
        assertThat(components.at("/neo4j/status").asString()).isEqualTo("UP");
        assertThat(components.at("/neo4j/details").isObject()).isTrue();
        List<String> names = components.propertyNames().stream().toList();
        assertThat(names).contains("neo4j", "checkReadModel", "restrictionsProjection", "listsModel");
        // anonymous and every other role: the status (and the names of the probe groups), nothing of a component
        List<String> others = new ArrayList<>();
        others.add(null);
        for (Role role : Role.values()) {
            if (role != ADMIN) {
                others.add(users.get(role));
            }
        }
        for (String user : others) {
            Reply r = http.call("GET", "/actuator/health", user, user == null ? null : AccessFixtures.passwordOf(user));
            assertThat(r.status()).as(user).isEqualTo(200);
            assertThat(r.json().propertyNames()).as(user).contains("status").isSubsetOf("status", "groups");
            for (String component : names) {
                assertThat(r.raw().body()).as(user).doesNotContain(component);
                Reply one = http.call("GET", "/actuator/health/" + component, user,
                        user == null ? null : AccessFixtures.passwordOf(user));
                assertThat(one.status()).as(user + " " + component).isEqualTo(404);
            }
        }
    }

    @Test
    void everyApiEndpointAnswers401ProblemWithoutCredentials() {
        for (Endpoint e : API) {
            Reply r = http.call(e.method(), e.path(), null, null);
            assertThat(r.status()).as(e.method() + " " + e.path()).isEqualTo(401);
            assertThat(r.contentType()).as(e.path()).startsWith("application/problem+json");
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Basic realm=\"CredLink\"");
            JsonNode body = r.json();
            assertThat(body.get("type").asString()).isEqualTo("https://credlink.io/problems/unauthenticated");
            assertThat(body.get("title").asString()).isEqualTo("Authentication required");
            assertThat(body.get("status").asInt()).isEqualTo(401);
            assertThat(r.header("Set-Cookie")).isNull();
        }
    }

    @Test
    void eachRoleGets403WhereTheRoleTableSaysItMayNot() {
        List<String> mismatches = new ArrayList<>();
        for (Endpoint e : API) {
            for (Role role : Role.values()) {
                String user = users.get(role);
                Reply r = e.method().equals("POST")
                        ? http.json("POST", e.path(), user, AccessFixtures.passwordOf(user), "{}")
                        : http.call(e.method(), e.path(), user, AccessFixtures.passwordOf(user));
                boolean allowed = e.allowed().contains(role);
                if (allowed && (r.status() == 401 || r.status() == 403)) {
                    mismatches.add(role + " refused " + e.method() + " " + e.path() + " with " + r.status());
                }
                if (!allowed) {
                    if (r.status() != 403) {
                        mismatches.add(role + " got " + r.status() + " instead of 403 on " + e.method() + " " + e.path());
                    } else {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                        assertThat(r.json().get("type").asString()).isEqualTo("https://credlink.io/problems/forbidden");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void unlistedApiPathsAreDeniedEvenToAdmins() {
        Reply r = http.asAdmin("GET", "/api/v1/not-in-the-policy");
        assertThat(r.status()).isEqualTo(403);
        assertThat(http.asAdmin("DELETE", "/api/v1/entities/P-1").status()).isEqualTo(403);
    }

    @Test
    void wrongOrUnknownCredentialsAre401WithoutSayingWhich() {
        Reply wrong = http.call("GET", "/api/v1/users", AccessFixtures.ADMIN, "not-the-password");
        Reply unknown = http.call("GET", "/api/v1/users", "nobody-here", "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
    }

    @Test
    void overlongPasswordAtSignInIs401NotAServerError() {
        Reply r = http.call("GET", "/api/v1/users", AccessFixtures.ADMIN, "x".repeat(200));
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void undecodableBasicHeaderIs401Problem() {
        Reply r = http.send(http.request("GET", "/api/v1/users", null, null)
                .header("Authorization", "Basic !!not-base64!!").build());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void metricsAndOtherActuatorEndpointsAreForAdminsOnly() {
        assertThat(http.call("GET", "/actuator/metrics", null, null).status()).isEqualTo(401);
        String analyst = users.get(ANALYST);
        assertThat(http.call("GET", "/actuator/metrics", analyst, AccessFixtures.PASSWORD).status()).isEqualTo(403);
        assertThat(http.call("GET", "/actuator/info", analyst, AccessFixtures.PASSWORD).status()).isEqualTo(403);
        Reply admin = http.asAdmin("GET", "/actuator/metrics");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("names").isArray()).isTrue();
    }

    @Test
    void openApiNeedsCredentialsAndDocumentsUsersWithBasicAuth() {
        assertThat(http.call("GET", "/v3/api-docs", null, null).status()).isEqualTo(401);
        assertThat(http.call("GET", "/swagger-ui.html", null, null).status()).isEqualTo(401);
        String subject = users.get(SUBJECT);
        Reply docs = http.call("GET", "/v3/api-docs", subject, AccessFixtures.PASSWORD);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.json();
        assertThat(api.at("/info/title").asString()).isEqualTo("CredLink API");
        assertThat(api.at("/paths/~1api~1v1~1users/post").isObject()).isTrue();
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(api.at("/security/0/basicAuth").isArray()).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1users/post/responses/400/content")
                .has("application/problem+json")).isTrue();
        assertThat(api.at("/components/schemas/Problem/properties/errors").isObject()).isTrue();
        Reply ui = http.call("GET", "/swagger-ui/index.html", subject, AccessFixtures.PASSWORD);
        assertThat(ui.status()).isEqualTo(200);
    }
}
