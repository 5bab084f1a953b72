package io.credlink.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.registry.RegistryFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry endpoints over HTTP as the bootstrap admin (needs the access module's users). */
@CredLinkTest
class RegistryHttpTest {

    static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));

    @Autowired
    Driver driver;

    AccessFixtures fixtures;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void fixture() {
        RegistryFixture.create(driver);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void anEntityIsItsTypePropertiesAndCredit() throws Exception {
        HttpResponse<String> response = get("/api/v1/entities/PO1", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("id").asString()).isEqualTo("PO1");
        assertThat(body.get("type").asString()).isEqualTo("Policy");
        assertThat(body.get("properties").get("startDate").asString()).isEqualTo("2024-01-01");
        assertThat(body.get("properties").has("id")).isFalse();
        assertThat(body.has("credit")).isTrue();
        assertThat(body.get("credit").isNull()).isTrue();
    }

    @Test
    void anUnknownEntityIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/entities/NOPE", ADMIN);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("https://credlink.io/problems/entity-not-found");
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void theNetworkIsDrawableNodesAndEdgesAsOfADate() throws Exception {
        HttpResponse<String> response = get("/api/v1/entities/PR1/network?depth=1&asOf=2021-06-01", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("nodes").get(0).get("id").asString()).isEqualTo("PR1");
        assertThat(body.get("nodes").get(0).get("label").asString()).isEqualTo("Wang Wei");
        assertThat(body.get("nodes")).hasSize(3);
        assertThat(body.get("edges").get(0).get("source").asString()).isNotBlank();
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.get("nodeLimit").asInt()).isPositive();
        assertThat(body.get("asOf").asString()).isEqualTo("2021-06-01");
    }

    @Test
    void aDepthOutOfRangeIsA400ProblemNamingDepth() throws Exception {
        for (String depth : new String[] {"0", "5"}) {
            HttpResponse<String> response = get("/api/v1/entities/PR1/network?depth=" + depth, ADMIN);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("detail").asString()).contains("depth");
        }
    }

    @Test
    void aMalformedAsOfIsA400Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/entities/PR1/network?depth=1&asOf=yesterday", ADMIN);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("asOf");
    }

    @Test
    void theNetworkOfAnUnknownEntityIsA404() throws Exception {
        assertThat(get("/api/v1/entities/NOPE/network?depth=2", ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void pathsListNodeIdsAndDrawableDetails() throws Exception {
        HttpResponse<String> response = get("/api/v1/paths?from=PR1&to=INS2&maxHops=3&asOf=2024-06-01", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("paths")).hasSize(2);
        assertThat(body.get("paths").get(0).get(0).asString()).isEqualTo("PR1");
        assertThat(body.get("details").get(0).get("edges").get(0).get("type").asString()).isEqualTo("AFFILIATED_WITH");
        assertThat(body.get("length").asInt()).isEqualTo(2);
    }

    @Test
    void badPathRequestsAreProblems() throws Exception {
        assertThat(get("/api/v1/paths?from=PR1&to=INS2&maxHops=7", ADMIN).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/paths?from=PR1&to=INS2&maxHops=0", ADMIN).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/paths?from=PR1&to=PR1", ADMIN).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/paths?from=PR1&to=NOPE", ADMIN).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/paths?from=NOPE&to=PR1", ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsPartiesByIdentifierValue() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=138-0013-8000&type=Consumer", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode items = json.readTree(response.body()).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("matchedOn").asString()).isEqualTo("identifier:PHONE");
        assertThat(get("/api/v1/search?q=", ADMIN).statusCode()).isEqualTo(400);
    }

    @Test
    void marketStatisticsAreCountsAsJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/statistics/market", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("parties")).hasSize(5);
        assertThat(body.get("parties").get(1).get("type").asString()).isEqualTo("Insurer");
        assertThat(body.get("parties").get(1).get("count").asLong()).isEqualTo(2);
        assertThat(body.get("policies").get(0).get("month").asString()).isEqualTo("2024-01");
        assertThat(body.get("policies").get(0).get("premium").asDouble()).isEqualTo(1200.0);
        assertThat(body.get("claims").get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(get("/api/v1/statistics/market", null).statusCode()).isEqualTo(401);
    }

    @Test
    void withoutCredentialsTheRegistryIsClosed() throws Exception {
        assertThat(get("/api/v1/entities/PO1", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(fixtures.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
