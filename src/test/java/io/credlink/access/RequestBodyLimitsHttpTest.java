package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.OpenApiOperations.Operation;
import tools.jackson.databind.JsonNode;

/**
 * Request bodies are bounded and typed whatever their Content-Type, on every operation of the
 * served OpenAPI description that takes a body: above {@code credlink.security.limits.max-json-body}
 * a 413 (decided on the declared length, or after one byte more than the limit, without reading
 * the rest); a type the operation does not take, or one that names no type, a 415; never a 5xx.
 */
@CredLinkTest
class RequestBodyLimitsHttpTest {

    /** The default limit (1MB) of application.properties, which the test profile keeps. */
    static final int LIMIT = 1024 * 1024;

    static final List<String> BODY_TYPES = List.of("application/json", "application/yaml", "text/plain",
            "application/xml", "application/octet-stream");

    static final List<String> ODD_TYPES = List.of("*/*", "application/*", "text/*", "*/json", "garbage", "",
            "application/json; charset=no-such-charset", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/yaml", "text/plain", "application/xml",
            "application/cbor", "application/x-jackson-smile");

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    AccessFixtures http;
    Map<Role, String> users;
    JsonNode docs;
    OpenApiOperations api;
    List<Operation> withBody;

    @BeforeEach
    void setUp() {
        http = new AccessFixtures(port);
        users = http.usersByRole(driver);
        Reply docs = http.asAdmin("GET", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        this.docs = docs.json();
        api = new OpenApiOperations(this.docs);
        withBody = api.all().stream().filter(op -> !op.method().equals("GET"))
                .filter(op -> op.jsonBody() != null || op.multipartBody()).toList();
        assertThat(withBody.stream().map(Operation::label)).contains("POST /api/v1/counterparty-checks",
                "POST /api/v1/users", "POST /api/v1/sanctions/impact", "POST /api/v1/imports");
    }

    @Test
    void aBodyAboveTheLimitIs413WhateverItsType() {
        byte[] big = new byte[LIMIT + 1];
        Arrays.fill(big, (byte) 'a');
        List<String> wrong = new ArrayList<>();
        for (Operation op : withBody) {
            String url = OpenApiOperations.url(op, OpenApiOperations::plain);
            for (String type : BODY_TYPES) {
                expect413(op.label() + " " + type + " (declared length)", send(op, url, type,
                        HttpRequest.BodyPublishers.ofByteArray(big)), wrong);
            }
            // no declared length: chunks, read up to one byte more than the limit
            expect413(op.label() + " chunked", send(op, url, "application/yaml",
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))), wrong);
            expect413(op.label() + " without Content-Type", send(op, url, "",
                    HttpRequest.BodyPublishers.ofByteArray(big)), wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDescriptionDocuments406ForEveryOperationAnd413And415WhereThereIsABody() {
        List<String> missing = new ArrayList<>();
        for (Operation op : api.all()) {
            JsonNode responses = docs.at("/paths").get(op.path()).get(op.method().toLowerCase()).get("responses");
            List<String> codes = new ArrayList<>(List.of("406"));
            if (withBody.stream().anyMatch(b -> b.label().equals(op.label()))) {
                codes.addAll(List.of("413", "415"));
            }
            for (String code : codes) {
                if (!responses.path(code).path("content").has("application/problem+json")) {
                    missing.add(op.label() + " " + code);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aTypeTheOperationDoesNotTakeIs4xxAndAWildcardIs415() {
        List<String> wrong = new ArrayList<>();
        for (Operation op : withBody) {
            String url = OpenApiOperations.url(op, OpenApiOperations::plain);
            String json = op.jsonBody() == null ? "{}" : api.body(op.jsonBody(), "X-1", 0).toString();
            for (String type : ODD_TYPES) {
                Reply r = send(op, url, type, HttpRequest.BodyPublishers.ofString(json));
                String call = op.label() + " Content-Type '" + type + "'";
                if (r.status() < 400 || r.status() >= 500 || !r.contentType().startsWith("application/problem+json")) {
                    wrong.add(call + " answered " + r.status() + " " + r.contentType());
                } else if (type.contains("*") && r.status() != 415) {
                    wrong.add(call + " answered " + r.status() + " instead of 415");
                } else if (type.startsWith("multipart/") && !op.multipartBody() && r.status() != 415) {
                    wrong.add(call + " answered " + r.status() + " instead of 415");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFiveMegabyteYamlBodyIsRefusedBeforeItIsSent() throws IOException {
        // the headers announce 5 MB, none of which is sent: only an answer decided on the
        // declared length can arrive
        String head = "POST /api/v1/counterparty-checks HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + AccessFixtures.basic(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                + "\r\nContent-Type: application/yaml\r\nContent-Length: " + 5 * LIMIT + "\r\n\r\n";
        assertThat(statusLine(head, new byte[0])).startsWith("HTTP/1.1 413");
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws IOException {
        // 17 chunks of 64 KB (more than the limit) and no last chunk: the server answers without the rest
        byte[] data = new byte[64 * 1024];
        Arrays.fill(data, (byte) 'a');
        java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 17; i++) {
            chunks.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunks.write(data);
            chunks.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        String head = "POST /api/v1/counterparty-checks HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + AccessFixtures.basic(AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                + "\r\nContent-Type: application/yaml\r\nTransfer-Encoding: chunked\r\n\r\n";
        assertThat(statusLine(head, chunks.toByteArray())).startsWith("HTTP/1.1 413");
    }

    private String statusLine(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().strip();
        }
    }

    private Reply send(Operation op, String url, String type, HttpRequest.BodyPublisher body) {
        String user = userFor(op);
        HttpRequest.Builder b = http.request(op.method(), url, user, AccessFixtures.passwordOf(user));
        if (!type.isEmpty()) {
            b.header("Content-Type", type);
        }
        return http.send(b.method(op.method(), body).build());
    }

    /** A user whose role the endpoint policy lets through, so that the body is what is judged. */
    private String userFor(Operation op) {
        Role role = OpenApiRoleTest.rule(op).map(r -> r.roles().contains(Role.ADMIN) ? Role.ADMIN
                : r.roles().iterator().next()).orElse(Role.ADMIN);
        return users.get(role);
    }

    private static void expect413(String call, Reply r, List<String> wrong) {
        if (r.status() != 413 || !r.raw().body().contains("https://credlink.io/problems/payload-too-large")) {
            wrong.add(call + " answered " + r.status());
        }
    }
}
