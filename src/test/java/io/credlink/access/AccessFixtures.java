package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import org.neo4j.driver.Driver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP calls against the running test application, and one user per role. The users live in
 * the shared test graph (users survive domain clean-up) and are created once, idempotently.
 */
public final class AccessFixtures {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "fixture-password-1";
    public static final String INSURER_ID = "INS-ACCESS-FIXTURE";
    public static final String SUBJECT_ID = "CON-ACCESS-FIXTURE";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public AccessFixtures(int port) {
        this.port = port;
    }

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** The application's address of a path such as {@code /api/v1/entities/X}. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    public HttpRequest.Builder request(String method, String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return b.method(method, HttpRequest.BodyPublishers.noBody());
    }

    public Reply send(HttpRequest request) {
        try {
            return reply(CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply call(String method, String path, String user, String password) {
        return send(request(method, path, user, password).build());
    }

    public Reply json(String method, String path, String user, String password, String body) {
        return send(request(method, path, user, password).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Reply asAdmin(String method, String path) {
        return call(method, path, ADMIN, ADMIN_PASSWORD);
    }

    public Reply postJsonAsAdmin(String path, String body) {
        return json("POST", path, ADMIN, ADMIN_PASSWORD, body);
    }

    /** Uploads one CSV file of a dataset to {@code POST /api/v1/imports} as the admin. */
    public Reply importCsvAsAdmin(String file, String content) {
        String boundary = "credlink-fixture-upload";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return send(request("POST", "/api/v1/imports", ADMIN, ADMIN_PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** One user per role, named {@code fixture-<role>}; ADMIN is the bootstrap admin. */
    public Map<Role, String> usersByRole(Driver driver) {
        driver.executableQuery("""
                MERGE (i:Entity:Party:Insurer {id: $insurer}) ON CREATE SET i.name = 'Fixture Insurer'
                MERGE (c:Entity:Party:Consumer {id: $subject}) ON CREATE SET c.name = 'Fixture Consumer'
                """).withParameters(Map.of("insurer", INSURER_ID, "subject", SUBJECT_ID)).execute();
        Map<Role, String> names = new EnumMap<>(Role.class);
        names.put(Role.ADMIN, ADMIN);
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            String name = "fixture-" + role.name().toLowerCase();
            String extra = switch (role) {
                case INSURER -> ", \"orgId\": \"" + INSURER_ID + "\"";
                case SUBJECT -> ", \"entityId\": \"" + SUBJECT_ID + "\"";
                default -> "";
            };
            Reply r = postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD
                    + "\", \"role\": \"" + role + "\"" + extra + "}");
            assertThat(r.status()).as(r.raw().body()).isIn(201, 409);
            names.put(role, name);
        }
        return names;
    }

    /** A call as {@code user} with its fixture password ({@link #passwordOf}); JSON when there is a body. */
    public Reply asUser(String user, String method, String path, String body) {
        return body == null ? call(method, path, user, passwordOf(user)) : json(method, path, user, passwordOf(user), body);
    }

    public static String passwordOf(String user) {
        return ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Reply reply(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response);
    }
}
