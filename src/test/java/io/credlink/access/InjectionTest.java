package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.OpenApiOperations.Operation;
import io.credlink.access.OpenApiOperations.Parameter;

/**
 * Cypher injection through every string parameter and every string property of every JSON body
 * the OpenAPI description documents (GET and POST): never a 5xx, and the graph stays as it was.
 */
@CredLinkTest
class InjectionTest {

    static final List<String> ATTACKS = List.of("' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //",
            "x\"}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //", "' UNION MATCH (n) RETURN n //",
            "$id", "\\u0027; CALL db.clearQueryCaches() //");

    @Autowired
    Driver driver;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        http.usersByRole(driver);
        PrivacyFixture.create(driver, http);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void injectionStringsInEveryStringParameterAndBodyFieldChangeNothing() {
        Reply docs = http.asAdmin("GET", "/v3/api-docs");
        OpenApiOperations api = new OpenApiOperations(docs.json());
        String before = GraphFingerprint.of(driver);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Operation op : api.all()) {
            if (!op.path().startsWith("/api/") || !(op.method().equals("GET") || op.method().equals("POST"))) {
                continue;
            }
            for (Parameter target : op.parameters()) {
                if (!"string".equals(target.type()) || !target.enumValues().isEmpty()) {
                    continue;
                }
                for (String attack : ATTACKS) {
                    String url = OpenApiOperations.url(op, p -> p == target ? attack : OpenApiOperations.plain(p));
                    Reply r = op.method().equals("GET") ? http.asAdmin("GET", url)
                            : http.postJsonAsAdmin(url, op.jsonBody() == null ? "{}"
                                    : api.body(op.jsonBody(), "X-1", 0).toString());
                    calls++;
                    if (r.status() >= 500) {
                        failures.add(op.label() + " " + target.name() + "=" + attack + " -> " + r.status());
                    }
                }
            }
            if (op.method().equals("POST") && op.jsonBody() != null) {
                for (String attack : ATTACKS) {
                    String url = OpenApiOperations.url(op, OpenApiOperations::plain);
                    String body = api.body(op.jsonBody(), attack, 0).toString();
                    Reply r = http.postJsonAsAdmin(url, body);
                    calls++;
                    if (r.status() >= 500) {
                        failures.add(op.label() + " body " + body + " -> " + r.status());
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(50);
        assertThat(failures).isEmpty();
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }
}
