package io.credlink.peer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * CredLink's HTTP API as a user calls it: HTTP Basic, JSON, one keep-alive HTTP/1.1 client per
 * benchmark client. Talks to a loopback address only.
 */
public final class CredLinkApi {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Calls answered 503 and asked again (every client). */
    public static final java.util.concurrent.atomic.AtomicLong RETRIED_503 = new java.util.concurrent.atomic.AtomicLong();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String auth;

    public CredLinkApi(String base, String user, String password) {
        String host = URI.create(base).getHost();
        if (!java.util.List.of("localhost", "127.0.0.1", "[::1]").contains(host)) {
            throw new IllegalArgumentException("the peer benchmark only talks to a server on this machine (loopback)");
        }
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public JsonNode get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    public JsonNode post(String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpRequest r = request.header("Authorization", auth).header("Accept", "application/json")
                .timeout(Duration.ofMinutes(10)).build();
        try {
            HttpResponse<String> response = client.send(r, HttpResponse.BodyHandlers.ofString());
            // 503: the service could not record the call in its audit trail (on an overloaded
            // machine); the call is asked again, a bounded number of times, and counted
            for (int retry = 0; response.statusCode() == 503 && retry < 5; retry++) {
                RETRIED_503.incrementAndGet();
                Thread.sleep(200L * (retry + 1));
                response = client.send(r, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.method() + " " + r.uri().getPath() + " answered "
                        + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(r.method() + " " + r.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
