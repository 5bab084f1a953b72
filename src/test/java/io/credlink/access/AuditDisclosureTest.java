package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.OpenApiOperations.Operation;
import io.credlink.access.OpenApiOperations.Parameter;
import io.credlink.access.internal.EndpointPolicy;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail holds every read of a party's data, whatever the endpoint: every GET operation
 * of the served OpenAPI description is called on the shipped sample (after a credit
 * recomputation and a fraud scan, so lists, alerts, rings and scores are full), in each format it
 * documents, and for every answer each party id that appears in it is found by
 * {@code GET /api/v1/audit?entityId=<id>} for that very call; no entry of the walk names a value
 * that is not an id (a date, a search text).
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditDisclosureTest {

    static final Path SAMPLE = Path.of("datasets", "sample");
    static final String AS_OF = "2025-06-30";
    static final String WINDOW_FROM = "2025-01-01";
    static final String WINDOW_TO = "2031-05-05";
    static final String SUBJECT_USER = "walk-subject";
    /** How the test finds ids in an answer, independent of the filter's own reading of it. */
    static final Pattern ID_TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    AccessFixtures http;
    Set<String> parties;

    /** One call of the walk. */
    record Call(String purpose, String label, String url, Set<String> named, Set<String> disclosed, int status) {
    }

    @BeforeAll
    void load() {
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(SAMPLE, ImportProgress.NONE);
        http = new AccessFixtures(port);
        http.usersByRole(driver);
        Reply subject = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + SUBJECT_USER + "\", \"password\": \""
                + AccessFixtures.PASSWORD + "\", \"role\": \"SUBJECT\", \"entityId\": \"CON000000518\"}");
        assertThat(subject.status()).as(subject.raw().body()).isIn(201, 409);
        assertThat(http.postJsonAsAdmin("/api/v1/credit/recomputations", "{}").status()).isBetween(200, 299);
        assertThat(http.postJsonAsAdmin("/api/v1/fraud/scans", "{}").status()).isBetween(200, 299);
        parties = new HashSet<>(strings("MATCH (p:Party) RETURN p.id AS v"));
        assertThat(parties).isNotEmpty().allMatch(id -> ID_TOKEN.matcher(id).matches());
    }

    @AfterAll
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void everyPartyAnAnswerDisclosesIsInItsTrailAndNoEntryNamesANonId() {
        Instant start = Instant.now();
        Reply docs = http.asAdmin("GET", "/v3/api-docs");
        JsonNode api = docs.json();
        List<Call> calls = new ArrayList<>();
        int n = 0;
        String run = "walk-" + System.nanoTime() + "-";
        for (Operation op : new OpenApiOperations(api).all()) {
            if (!op.method().equals("GET") || !op.path().startsWith("/api/")) {
                continue;
            }
            EndpointPolicy.Rule rule = OpenApiRoleTest.rule(op).orElseThrow();
            String user = rule.roles().contains(Role.ADMIN) ? AccessFixtures.ADMIN : SUBJECT_USER;
            Map<String, String> values = new LinkedHashMap<>();
            for (Parameter p : op.parameters()) {
                String v = value(op, p);
                if (v != null) {
                    values.put(p.name(), v);
                }
            }
            String url = OpenApiOperations.url(op, p -> values.get(p.name()));
            for (String accept : OpenApiOperations.formats(api, op)) {
                String purpose = run + (n++);
                var request = http.request("GET", url, user, AccessFixtures.passwordOf(user)).header("X-Purpose", purpose);
                if (accept != null) {
                    request.header("Accept", accept);
                }
                Reply r = http.send(request.build());
                assertThat(r.status()).as(op.label() + " " + accept + ": " + r.raw().body()).isLessThan(500);
                calls.add(new Call(purpose, op.label() + (accept == null ? "" : " " + accept), url,
                        named(op, values), disclosed(r.raw().body()), r.status()));
            }
        }
        // the walk is not vacuous: answers of each kind disclosed parties
        Set<String> disclosing = new TreeSet<>();
        calls.stream().filter(c -> !c.disclosed().isEmpty()).forEach(c -> disclosing.add(c.label()));
        assertThat(disclosing).contains("GET /api/v1/search application/json", "GET /api/v1/entities/{id}/network application/json",
                "GET /api/v1/paths application/json", "GET /api/v1/lists/black application/json",
                "GET /api/v1/lists/black text/csv", "GET /api/v1/fraud/alerts application/json",
                "GET /api/v1/fraud/rings application/json", "GET /api/v1/audit application/json");

        // every disclosed party finds the call in its trail
        Map<String, Set<String>> expected = new TreeMap<>();
        calls.forEach(c -> c.disclosed().forEach(id -> expected.computeIfAbsent(id, k -> new HashSet<>()).add(c.purpose())));
        Map<String, String> labels = new HashMap<>();
        calls.forEach(c -> labels.put(c.purpose(), c.label()));
        List<String> missing = new ArrayList<>();
        expected.forEach((id, purposes) -> {
            Reply trail = http.asAdmin("GET", "/api/v1/audit?size=1000&entityId=" + encode(id) + "&from="
                    + encode(start.toString()));
            assertThat(trail.status()).isEqualTo(200);
            Set<String> found = new HashSet<>();
            trail.json().get("items").forEach(e -> found.add(e.path("purpose").asString("")));
            purposes.stream().filter(p -> !found.contains(p))
                    .forEach(p -> missing.add(id + " not in the trail of " + labels.get(p)));
        });
        assertThat(missing).isEmpty();

        // no entry of the walk names something that is not an id
        Set<String> ids = new HashSet<>(strings("MATCH (n) WHERE n.id IS NOT NULL RETURN DISTINCT toString(n.id) AS v"));
        ids.addAll(strings("MATCH (u:User) RETURN u.name AS v"));
        Map<String, Call> byPurpose = new HashMap<>();
        calls.forEach(c -> byPurpose.put(c.purpose(), c));
        List<String> nonIds = new ArrayList<>();
        driver.executableQuery("MATCH (a:AuditEntry) WHERE a.purpose STARTS WITH $run AND a.entityId IS NOT NULL "
                + "RETURN a.purpose AS purpose, a.entityId AS id").withParameters(Map.of("run", run)).execute().records()
                .forEach(r -> {
                    Call c = byPurpose.get(r.get("purpose").asString());
                    String id = r.get("id").asString();
                    if (!ids.contains(id) && !c.named().contains(id)) {
                        nonIds.add(c.label() + " " + c.url() + " recorded '" + id + "'");
                    }
                    if (id.equals(AS_OF) || id.equals(WINDOW_FROM) || id.equals(WINDOW_TO)) {
                        nonIds.add(c.label() + " recorded the date '" + id + "'");
                    }
                });
        assertThat(nonIds).isEmpty();
    }

    /** A concrete value per parameter: ids of the sample where an id is asked, dates elsewhere. */
    private String value(Operation op, Parameter p) {
        if (p.in().equals("path")) {
            String before = op.path().substring(0, op.path().indexOf("{" + p.name() + "}"));
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1).replace("/", "");
            return switch (segment) {
                case "entities", "scores" -> "IMD0000015";
                case "sanctions" -> "SAN00000001";
                case "records" -> first("MATCH (n:CreditRecord) RETURN n.id AS v ORDER BY v LIMIT 1");
                case "alerts" -> first("MATCH (n:FraudAlert) RETURN n.id AS v ORDER BY v LIMIT 1");
                case "cases" -> first("MATCH (n:FraudCase) RETURN n.id AS v ORDER BY v LIMIT 1");
                case "users" -> "fixture-insurer";
                default -> "X-1";
            };
        }
        boolean paths = op.path().equals("/api/v1/paths");
        return switch (p.name()) {
            case "q" -> first("MATCH (n:Party {id: 'IMD0000015'}) RETURN n.name AS v");
            case "from" -> paths ? "CON000000518" : WINDOW_FROM;
            case "to" -> paths ? "CON000000519" : WINDOW_TO;
            case "asOf" -> AS_OF;
            case "depth" -> "2";
            case "maxHops" -> "4";
            case "size" -> "200";
            case "limit" -> "50";
            default -> p.required() ? OpenApiOperations.plain(p) : null;
        };
    }

    /** The values the call names in id slots: path variables and id parameters. */
    private static Set<String> named(Operation op, Map<String, String> values) {
        Set<String> named = new HashSet<>();
        for (Parameter p : op.parameters()) {
            boolean idSlot = p.in().equals("path") || List.of("id", "entityId", "subjectId", "partyId").contains(p.name())
                    || op.path().equals("/api/v1/paths") && List.of("from", "to").contains(p.name());
            if (idSlot && values.get(p.name()) != null) {
                named.add(values.get(p.name()));
            }
        }
        return named;
    }

    private Set<String> disclosed(String body) {
        Set<String> out = new TreeSet<>();
        Matcher m = ID_TOKEN.matcher(body);
        while (m.find()) {
            if (parties.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private String first(String cypher) {
        List<String> v = strings(cypher);
        return v.isEmpty() ? "X-1" : v.get(0);
    }

    private List<String> strings(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("v").asString()).toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
