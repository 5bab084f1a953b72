package io.credlink.access;

import static io.credlink.access.PrivacyFixture.AGENT_ID_NUMBER;
import static io.credlink.access.PrivacyFixture.OTHER_ADDRESS;
import static io.credlink.access.PrivacyFixture.OTHER_EMAIL;
import static io.credlink.access.PrivacyFixture.OTHER_ID_NUMBER;
import static io.credlink.access.PrivacyFixture.OTHER_PHONE;
import static io.credlink.access.PrivacyFixture.THIRD_PARTY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.OpenApiOperations.Operation;
import io.credlink.access.OpenApiOperations.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masking holds whatever format a client asks for: every GET operation of the served OpenAPI
 * description (and the counterparty check), asked by an INSURER about non-customers with every
 * media type a client can name, answers no personal data of theirs in clear, never a 5xx, and
 * only in a format the API documents.
 */
@CredLinkTest
class ResponseFormatsHttpTest {

    static final List<String> ACCEPTS = List.of("application/json", "application/yaml", "application/xml",
            "text/plain", "text/csv", "application/cbor", "*/*", "application/*");

    /** Ids of non-customers of the insurer, and what a search for each would type. */
    static final Map<String, String> SUBJECTS = new LinkedHashMap<>();

    static {
        SUBJECTS.put("CON-PV2", "Other Customer");
        SUBJECTS.put(THIRD_PARTY, "Third Person");
        SUBJECTS.put("PRC-PV1", "Agent");
        SUBJECTS.put("PHONE:" + OTHER_PHONE, OTHER_PHONE);
        SUBJECTS.put("EMAIL:" + OTHER_EMAIL, OTHER_EMAIL);
        SUBJECTS.put("ADDRESS:" + OTHER_ADDRESS, OTHER_ADDRESS);
    }

    /** Values and fragments that must never be in an answer to the insurer. */
    static final List<String> SECRETS = List.of(OTHER_ID_NUMBER, AGENT_ID_NUMBER, OTHER_PHONE, OTHER_EMAIL,
            OTHER_ADDRESS, "青年路785", "33栋");

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    AccessFixtures http;
    List<Operation> operations;

    @BeforeEach
    void setUp() {
        http = new AccessFixtures(port);
        PrivacyFixture.createWithSanctionedNeighbour(driver, http);
        Reply docs = http.asAdmin("GET", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        operations = new OpenApiOperations(docs.json()).all();
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void noFormatShowsAnInsurerTheDataOfNonCustomers() {
        List<String> leaks = new ArrayList<>();
        Set<String> reachedPii = new LinkedHashSet<>();
        int calls = 0;
        for (Operation op : operations) {
            if (!op.method().equals("GET")) {
                continue;
            }
            for (Map.Entry<String, String> subject : subjectsFor(op)) {
                String url = OpenApiOperations.url(op, p -> value(p, subject.getKey(), subject.getValue()));
                for (String accept : ACCEPTS) {
                    Reply r = http.send(http.request("GET", url, PrivacyFixture.INSURER_USER, AccessFixtures.PASSWORD)
                            .header("Accept", accept).build());
                    calls++;
                    check(op.label() + " " + url + " Accept " + accept, r, leaks);
                    if (accept.equals("application/json") && r.status() == 200 && showsMaskedPii(r.raw().body())) {
                        reachedPii.add(op.path());
                    }
                }
            }
        }
        for (String accept : ACCEPTS) {
            String ids = String.join("\", \"", SUBJECTS.keySet());
            Reply r = http.send(http.request("POST", "/api/v1/counterparty-checks", PrivacyFixture.INSURER_USER,
                    AccessFixtures.PASSWORD).header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ids\": [\"" + ids + "\"]}")).build());
            calls++;
            check("POST /api/v1/counterparty-checks Accept " + accept, r, leaks);
        }
        assertThat(leaks).as("answers to an INSURER in %d calls", calls).isEmpty();
        // the walk reached the personal data it looks for, masked, where an insurer may read it
        assertThat(reachedPii).contains("/api/v1/entities/{id}", "/api/v1/entities/{id}/network", "/api/v1/paths",
                "/api/v1/credit/scores/{id}");
    }

    @Test
    void formatsTheApiDoesNotServeAre406ProblemsForEveryRole() {
        for (String accept : List.of("application/yaml", "application/xml", "application/cbor", "text/plain")) {
            Reply admin = http.send(http.request("GET", "/api/v1/entities/CON-PV2", AccessFixtures.ADMIN,
                    AccessFixtures.ADMIN_PASSWORD).header("Accept", accept).build());
            assertThat(admin.status()).as(accept).isEqualTo(406);
            assertThat(admin.contentType()).as(accept).startsWith("application/problem+json");
            assertThat(admin.json().get("type").asString()).isEqualTo("https://credlink.io/problems/not-acceptable");
        }
        Reply csv = http.send(http.request("GET", "/api/v1/lists/black", PrivacyFixture.INSURER_USER,
                AccessFixtures.PASSWORD).header("Accept", "text/csv").build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
    }

    private void check(String call, Reply r, List<String> leaks) {
        String body = withoutEchoes(r);
        if (r.status() >= 500) {
            leaks.add(call + " answered " + r.status());
        }
        for (String secret : SECRETS) {
            if (body.contains(secret)) {
                leaks.add(call + " shows " + secret);
            }
        }
        String type = r.contentType();
        if (!body.isEmpty() && !(type.startsWith("application/json") || type.startsWith("application/problem+json")
                || type.startsWith("text/csv"))) {
            leaks.add(call + " answered in " + type);
        }
    }

    /**
     * The body without what only repeats the request: a problem's {@code instance} (the path) and
     * a search's {@code q}. The caller typed those; they disclose nothing.
     */
    private static String withoutEchoes(Reply r) {
        String body = r.raw().body();
        if (!r.contentType().contains("json") || body.isEmpty()) {
            return body;
        }
        JsonNode tree = r.json();
        if (tree instanceof ObjectNode object) {
            object.remove("instance");
            object.remove("q");
        }
        return tree.toString();
    }

    /** Whether a body holds the masked form of one of the non-customers' values. */
    private static boolean showsMaskedPii(String body) {
        return body.contains(Pii.mask(OTHER_PHONE)) || body.contains(Pii.mask(OTHER_EMAIL))
                || body.contains(Pii.mask(OTHER_ADDRESS)) || body.contains(Pii.mask(OTHER_ID_NUMBER))
                || body.contains(Pii.mask(AGENT_ID_NUMBER));
    }

    /**
     * Every subject for an operation that names an entity or searches and that an insurer may
     * call; one call for the others (the endpoint policy refuses them before anything is read).
     */
    private static List<Map.Entry<String, String>> subjectsFor(Operation op) {
        boolean insurerMay = OpenApiRoleTest.rule(op).map(r -> r.roles().contains(Role.INSURER)).orElse(false);
        boolean namesOne = op.parameters().stream().anyMatch(p -> p.in().equals("path") || isIdParameter(p)
                || p.name().equals("q"));
        namesOne &= insurerMay;
        return namesOne ? List.copyOf(SUBJECTS.entrySet()) : List.of(Map.entry("CON-PV2", "Other Customer"));
    }

    private static boolean isIdParameter(Parameter p) {
        return List.of("id", "entityId", "from", "partyId", "subjectId").contains(p.name());
    }

    /** Parameter values that reach the subject's data; optional ones that do not are left out. */
    private static String value(Parameter p, String id, String searchText) {
        if (p.in().equals("path") || isIdParameter(p)) {
            return id;
        }
        return switch (p.name()) {
            case "to" -> id.equals(THIRD_PARTY) ? "CON-PV2" : THIRD_PARTY;
            case "q" -> searchText;
            case "depth" -> "2";
            case "maxHops" -> "4";
            default -> p.required() ? OpenApiOperations.plain(p) : null;
        };
    }
}
