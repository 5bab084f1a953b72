package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.OpenApiOperations.Operation;
import io.credlink.access.internal.EndpointPolicy;

/**
 * Every operation of the served OpenAPI description, whoever wrote it: anonymous calls are 401,
 * each role gets 403 exactly where {@link EndpointPolicy#API} does not list it, and an operation
 * under /api/ that no policy line covers fails the test. Expectations come from the policy
 * (the role table of API.md), so new endpoints are checked without editing this test.
 */
@CredLinkTest
class OpenApiRoleTest {

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;
    List<Operation> operations;

    @BeforeEach
    void setUp() {
        users = http.usersByRole(driver);
        Reply docs = http.asAdmin("GET", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        operations = new OpenApiOperations(docs.json()).all();
    }

    @Test
    void theDescriptionListsTheApiAndEveryApiOperationHasAPolicyLine() {
        List<String> uncovered = new ArrayList<>();
        for (Operation op : operations) {
            if (op.path().startsWith("/api/") && rule(op).isEmpty()) {
                uncovered.add(op.label());
            }
        }
        assertThat(operations.stream().map(Operation::label)).contains("GET /api/v1/audit",
                "POST /api/v1/access-requests", "POST /api/v1/users", "GET /api/v1/entities/{id}");
        assertThat(uncovered).as("documented operations without a line in EndpointPolicy.API").isEmpty();
    }

    @Test
    void everyDocumentedOperationRejectsAnonymousCalls() {
        List<String> open = new ArrayList<>();
        for (Operation op : operations) {
            Reply r = send(op, null);
            if (r.status() != 401 || !r.contentType().startsWith("application/problem+json")) {
                open.add(op.label() + " answered " + r.status() + " without credentials");
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void eachRoleGets403ExactlyWhereThePolicyDoesNotListIt() {
        List<String> mismatches = new ArrayList<>();
        for (Operation op : operations) {
            Optional<EndpointPolicy.Rule> rule = rule(op);
            if (rule.isEmpty()) {
                continue; // reported by the coverage test
            }
            for (Role role : Role.values()) {
                Reply r = send(op, users.get(role));
                boolean allowed = rule.get().roles().contains(role);
                boolean policyRefusal = r.status() == 403
                        && r.raw().body().contains("https://credlink.io/problems/forbidden");
                if (allowed && (r.status() == 401 || policyRefusal)) {
                    mismatches.add(role + " refused " + op.label() + " with " + r.status());
                }
                if (!allowed && !policyRefusal) {
                    mismatches.add(role + " got " + r.status() + " instead of the policy's 403 on " + op.label());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private Reply send(Operation op, String user) {
        String url = OpenApiOperations.url(op, OpenApiOperations::plain);
        String password = user == null ? null : AccessFixtures.passwordOf(user);
        if (op.method().equals("GET") || op.method().equals("DELETE")) {
            return http.call(op.method(), url, user, password);
        }
        return http.json(op.method(), url, user, password, "{}");
    }

    /** The first policy line matching the documented operation (a path variable stands for any value). */
    static Optional<EndpointPolicy.Rule> rule(Operation op) {
        PathContainer concrete = PathContainer.parsePath(op.path().replaceAll("\\{[^}]+}", "X-1"));
        for (EndpointPolicy.Rule rule : EndpointPolicy.API) {
            boolean methodMatches = rule.method() == null || rule.method().name().equals(op.method());
            if (methodMatches && PathPatternParser.defaultInstance.parse(rule.pattern()).matches(concrete)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
