package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import tools.jackson.databind.JsonNode;

/** Spring's own errors, inside and outside MVC, come out as problem+json with stable types. */
@CredLinkTest
class ProblemDetailsHttpTest {

    AccessFixtures http;

    @Test
    void unknownRouteIs404Problem() {
        Reply api = http.asAdmin("GET", "/api/v1/users/someone/unknown-part");
        assertProblem(api, 404, "not-found");
        assertThat(api.json().get("instance").asString()).isEqualTo("/api/v1/users/someone/unknown-part");
        assertProblem(http.asAdmin("GET", "/no-such-page"), 404, "not-found");
    }

    @Test
    void pathsTheContainerRefusesAre400Problems() {
        // encoded slash and backslash reach the firewall; a NUL is refused by Tomcat itself
        for (String path : new String[] {"/api/v1/entities/a%2Fb", "/api/v1/entities/a%5Cb", "/api/v1/entities/a%00b"}) {
            Reply r = http.asAdmin("GET", path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.json().get("status").asInt()).as(path).isEqualTo(400);
        }
    }

    @Test
    void unsupportedMethodIs405Problem() {
        Reply r = http.asAdmin("DELETE", "/api/v1/users");
        assertProblem(r, 405, "method-not-allowed");
        assertThat(r.header("Allow")).contains("GET", "POST");
    }

    @Test
    void unsupportedContentTypeIs415Problem() {
        Reply r = http.send(http.request("POST", "/api/v1/users", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=x")).build());
        assertProblem(r, 415, "unsupported-media-type");
    }

    @Test
    void unacceptableAcceptHeaderIs406ProblemInJson() {
        Reply r = http.send(http.request("GET", "/api/v1/users", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Accept", "text/csv").build());
        assertProblem(r, 406, "not-acceptable");
    }

    @Test
    void malformedJsonIs400Problem() {
        Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": ");
        assertProblem(r, 400, "malformed-body");
        assertThat(r.json().get("detail").asString()).isEqualTo("The request body is not valid JSON.");
        assertProblem(http.postJsonAsAdmin("/api/v1/users", ""), 400, "malformed-body");
    }

    @Test
    void wronglyTypedParameterIs400NamingTheParameter() {
        Reply r = http.asAdmin("GET", "/api/v1/users?page=abc");
        assertProblem(r, 400, "bad-parameter");
        assertThat(r.json().get("detail").asString()).contains("'page'");
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("page");
        assertThat(r.json().at("/errors/0/message").asString()).isEqualTo("must be an integer");
    }

    @Test
    void parameterOutOfRangeIs400ValidationProblem() {
        Reply r = http.asAdmin("GET", "/api/v1/users?size=0");
        assertProblem(r, 400, "validation");
        assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("size");
    }

    @Test
    void unreadableMultipartBodyIs400NotAServerError() {
        Reply r = http.send(http.request("POST", "/api/v1/users", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("this is not multipart")).build());
        assertThat(r.status()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void requestRejectedByTheSecurityFirewallIsAProblemFromTheErrorPage() {
        // rejected in a servlet filter, before Spring MVC: answered through the container's /error dispatch
        Reply r = http.call("GET", "/api/v1/users;jsessionid=x", null, null);
        assertProblem(r, 400, "bad-request");
        assertThat(r.raw().body()).doesNotContain("Exception", "timestamp");
    }

    @Test
    void theErrorPageItselfAnswersProblemJson() {
        assertProblem(http.call("GET", "/error", null, null), 404, "not-found");
    }

    private static void assertProblem(Reply r, int status, String slug) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("type").asString()).isEqualTo("https://credlink.io/problems/" + slug);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(r.raw().body()).doesNotContain("trace", "at io.credlink", "at org.springframework");
    }
}
