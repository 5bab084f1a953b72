package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.GraphTransactions;
import io.credlink.GraphTransactions.Opened;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.OpenApiOperations.Operation;
import io.credlink.access.OpenApiOperations.Parameter;
import io.credlink.access.internal.EndpointPolicy;
import io.credlink.graph.GraphSessions;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import tools.jackson.databind.JsonNode;

/**
 * A GET answer opens no write transaction on the graph, so that a cluster serves every read from
 * its readers and a reader alone can answer: every GET operation of the served OpenAPI description
 * is called on the shipped sample (scored, scanned, resolved, with a case, an objection, an
 * access request and a watch list to name), as every role the endpoint policy lets call it, in
 * every format it documents, and the graph transactions opened while serving each call are
 * counted by access mode ({@link GraphTransactions}: per serving thread, so the audit journal's
 * replay and the work after commit of earlier changes are not the call's). Each must also start
 * from the bookmarks the application shares, so that a reader answers only once it has the writes
 * before it. The counter itself is checked on calls that do write, and on the queries each way
 * of opening a transaction runs.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GetOpensNoWriteTransactionTest {

    static final Path SAMPLE = Path.of("datasets", "sample");
    static final Duration SERVED = Duration.ofSeconds(30);
    static final String INSURER_USER = "reads-insurer";
    static final String SUBJECT_USER = "reads-subject";

    /**
     * GET operations that may open a write transaction, with the reason. Empty: none may. An entry
     * whose operation no longer writes fails the test, so that the list stays true.
     */
    static final Map<String, String> MAY_WRITE = Map.of();

    @Autowired
    Driver driver;

    @Autowired
    Neo4jClient client;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ImportService imports;

    @Autowired
    GraphTransactions transactions;

    AccessFixtures http;
    Map<Role, String> users = new EnumMap<>(Role.class);
    /** Path variable values by the path segment before them (and a few named ones). */
    Map<String, String> ids = new LinkedHashMap<>();
    String subjectParty;
    String countedList;
    int calls;

    @BeforeAll
    void load() {
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(SAMPLE, ImportProgress.NONE);
        users.putAll(http.usersByRole(driver));
        String insurer = first("MATCH (i:Insurer) RETURN i.id AS v ORDER BY v LIMIT 1");
        // a consumer with a sanction or credit record about it: the subject who objects to it
        List<List<String>> objected = driver.executableQuery("""
                MATCH (x)-[:AGAINST|ABOUT]->(c:Consumer)
                WHERE x:Sanction OR x:CreditRecord
                RETURN x.id AS item, c.id AS party ORDER BY item LIMIT 1
                """).execute().records().stream().map(r -> List.of(r.get("item").asString(), r.get("party").asString()))
                .toList();
        assertThat(insurer).isNotNull();
        assertThat(objected).hasSize(1);
        String objectedItem = objected.get(0).get(0);
        subjectParty = objected.get(0).get(1);
        createUser(INSURER_USER, Role.INSURER, ", \"orgId\": \"" + insurer + "\"");
        createUser(SUBJECT_USER, Role.SUBJECT, ", \"entityId\": \"" + subjectParty + "\"");
        users.put(Role.INSURER, INSURER_USER);
        users.put(Role.SUBJECT, SUBJECT_USER);

        assertThat(http.postJsonAsAdmin("/api/v1/credit/recomputations", "{}").status()).isBetween(200, 299);
        assertThat(http.postJsonAsAdmin("/api/v1/fraud/scans", "{}").status()).isBetween(200, 299);
        assertThat(http.postJsonAsAdmin("/api/v1/resolution/runs", "{}").status()).isBetween(200, 299);
        String alert = first("MATCH (n:FraudAlert) RETURN n.id AS v ORDER BY v LIMIT 1");
        assertThat(alert).as("the scan raised alerts on the sample").isNotNull();

        ids.put("entities", "IMD0000015");
        ids.put("scores", "IMD0000015");
        ids.put("sanctions", first("MATCH (s:Sanction) RETURN s.id AS v ORDER BY v LIMIT 1"));
        ids.put("records", first("MATCH (n:CreditRecord) RETURN n.id AS v ORDER BY v LIMIT 1"));
        ids.put("alerts", alert);
        // a resolved entity of several members where the sample has one, else a party alone (its own entity)
        ids.put("resolved", first("""
                MATCH (p:Party)
                RETURN coalesce(p.resolvedId, p.id) AS v ORDER BY p.resolvedId IS NULL, v LIMIT 1
                """));
        ids.put("users", users.get(Role.ANALYST));
        ids.put("cases", created(post(users.get(Role.ANALYST), "/api/v1/fraud/cases",
                "{\"title\": \"Walk of the reads\", \"alertIds\": [\"" + alert + "\"]}")));
        // closed as fraud with a proposed sanction, so that its proposal answers too
        Reply closed = post(users.get(Role.ANALYST), "/api/v1/fraud/cases/" + ids.get("cases") + "/closure", """
                {"resolution": "CONFIRMED_FRAUD", "reason": "Walk of the reads", "proposedSanction": {
                  "subjectId": "IMD0000015", "authority": "NFRA", "kind": "FINE", "severity": 2, "blacklist": false,
                  "decidedOn": "2025-06-01", "effectiveFrom": "2025-06-01"}}
                """);
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        ids.put("objections", created(post(SUBJECT_USER, "/api/v1/objections",
                "{\"recordId\": \"" + objectedItem + "\", \"reason\": \"Not mine\"}")));
        ids.put("access-requests", created(post(INSURER_USER, "/api/v1/access-requests",
                "{\"entityId\": \"IMD0000015\", \"scope\": \"PII\", \"purpose\": \"Counterparty due diligence\"}")));
        ids.put("watchlists", created(post(INSURER_USER, "/api/v1/watchlists",
                "{\"name\": \"Walk\", \"entityIds\": [\"IMD0000015\"]}")));
        assertThat(ids.values()).doesNotContainNull();
        GraphFixtures.awaitBackgroundWork(driver);
    }

    @AfterAll
    void clean() {
        http.call("DELETE", "/api/v1/watchlists/" + ids.get("watchlists"), INSURER_USER, AccessFixtures.PASSWORD);
        if (countedList != null) {
            http.call("DELETE", "/api/v1/watchlists/" + countedList, AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD);
        }
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void everyGetAsEveryRoleThatMayCallItOpensOnlyReadTransactions() {
        JsonNode api = http.asAdmin("GET", "/v3/api-docs").json();
        List<String> writes = new ArrayList<>();
        List<String> unchained = new ArrayList<>();
        Set<String> writing = new TreeSet<>();
        Set<String> reading = new TreeSet<>();
        Map<String, Set<Integer>> statuses = new TreeMap<>();
        for (Operation op : new OpenApiOperations(api).all()) {
            if (!op.method().equals("GET") || !op.path().startsWith("/api/")) {
                continue;
            }
            EndpointPolicy.Rule rule = OpenApiRoleTest.rule(op).orElseThrow();
            for (Role role : Role.values()) {
                if (!rule.roles().contains(role)) {
                    continue;
                }
                String url = OpenApiOperations.url(op, p -> value(op, p, role));
                for (String accept : OpenApiOperations.formats(api, op)) {
                    String call = "reads-" + (calls++);
                    var request = http.request("GET", url, users.get(role), AccessFixtures.passwordOf(users.get(role)))
                            .header(GraphTransactions.CALL_HEADER, call);
                    if (accept != null) {
                        request.header("Accept", accept);
                    }
                    Reply r = http.send(request.build());
                    String label = op.label() + " as " + role + (accept == null ? "" : " (" + accept + ")");
                    assertThat(r.status()).as(label + " " + url + ": " + r.raw().body()).isLessThan(500);
                    statuses.computeIfAbsent(op.label(), k -> new TreeSet<>()).add(r.status());
                    for (Opened opened : transactions.takeOpened(call, SERVED)) {
                        if (!opened.chained()) {
                            unchained.add(label + " " + url + ": " + opened);
                        }
                        if (opened.mode() == AccessMode.READ) {
                            reading.add(op.label());
                        } else {
                            writing.add(op.label());
                            if (!MAY_WRITE.containsKey(op.label())) {
                                writes.add(label + " " + url + ": " + opened);
                            }
                        }
                    }
                }
            }
        }
        assertThat(writes).as("write transactions opened by GET answers").isEmpty();
        assertThat(MAY_WRITE.keySet()).as("allowed writers that no longer write").isSubsetOf(writing);
        assertThat(unchained).as("transactions of GET answers that may read a reader behind this process's writes")
                .isEmpty();

        // the walk is not vacuous: every GET answered some role, and the counter saw their reads
        List<String> neverAnswered = statuses.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(s -> s >= 200 && s < 300))
                .map(e -> e.getKey() + " answered only " + e.getValue()).toList();
        assertThat(neverAnswered).as("GETs that answered no role: give the walk a valid value for them").isEmpty();
        assertThat(statuses).hasSizeGreaterThan(30);
        assertThat(reading).contains("GET /api/v1/entities/{id}", "GET /api/v1/entities/{id}/restrictions",
                "GET /api/v1/sanctions/{id}", "GET /api/v1/fraud/alerts", "GET /api/v1/credit/scores/{id}",
                "GET /api/v1/resolved/{resolvedId}", "GET /api/v1/audit", "GET /api/v1/watchlists/{id}",
                "GET /api/v1/notifications", "GET /api/v1/users");
    }

    @Test
    void theCounterSeesAWritingRequestAndEveryWayOfOpeningATransaction() {
        String call = "reads-post-" + (calls++);
        Reply created = http.send(http.request("POST", "/api/v1/watchlists", AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header(GraphTransactions.CALL_HEADER, call).header("Content-Type", "application/json")
                .method("POST", java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Counted\", \"entityIds\": []}"))
                .build());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        countedList = created.json().get("id").asString();
        assertThat(transactions.takeOpened(call, SERVED)).extracting(Opened::mode).contains(AccessMode.WRITE);

        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        SessionConfig readSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        Map<String, List<AccessMode>> expected = new LinkedHashMap<>();
        Map<String, Runnable> ways = new LinkedHashMap<>();
        ways.put("Neo4jClient outside a transaction", () -> client.query("RETURN 1 AS one").fetch().one());
        expected.put("Neo4jClient outside a transaction", List.of(AccessMode.WRITE));
        ways.put("Neo4jClient in a read-only transaction",
                () -> readOnly.executeWithoutResult(s -> client.query("RETURN 1 AS one").fetch().one()));
        expected.put("Neo4jClient in a read-only transaction", List.of(AccessMode.READ));
        ways.put("executableQuery", () -> driver.executableQuery("RETURN 1").execute());
        expected.put("executableQuery", List.of(AccessMode.WRITE));
        ways.put("executableQuery routed to readers", () -> driver.executableQuery("RETURN 1")
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).withParameters(Map.of()).execute());
        expected.put("executableQuery routed to readers", List.of(AccessMode.READ));
        ways.put("session.run", () -> {
            try (Session s = driver.session()) {
                s.run("RETURN 1").consume();
            }
        });
        expected.put("session.run", List.of(AccessMode.WRITE));
        ways.put("session.run in a read session", () -> {
            try (Session s = driver.session(readSession)) {
                s.run("RETURN 1").consume();
            }
        });
        expected.put("session.run in a read session", List.of(AccessMode.READ));
        ways.put("executeRead in a write session, then executeWrite in a read session", () -> {
            try (Session s = driver.session()) {
                s.executeRead(tx -> tx.run("RETURN 1").consume());
            }
            try (Session s = driver.session(readSession)) {
                s.executeWriteWithoutResult(tx -> tx.run("RETURN 1").consume());
            }
        });
        expected.put("executeRead in a write session, then executeWrite in a read session",
                List.of(AccessMode.READ, AccessMode.WRITE));
        ways.put("a write on another thread (not the call's)", () -> {
            Thread other = new Thread(() -> driver.executableQuery("RETURN 1").execute());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        expected.put("a write on another thread (not the call's)", List.of());
        Map<String, Boolean> chainedWays = new LinkedHashMap<>();
        ways.forEach((way, work) -> {
            String self = "reads-self-" + (calls++);
            transactions.serving(self, () -> {
                work.run();
                return null;
            });
            GraphTransactions.Served served = transactions.take(self, SERVED);
            List<Opened> opened = served.transactions();
            assertThat(opened).as(way).extracting(Opened::mode).containsExactlyElementsOf(expected.get(way));
            // each way runs one query per transaction, seen with its text and where it was run
            assertThat(served.queries()).as(way + ": its queries").hasSameSizeAs(opened)
                    .allSatisfy(q -> assertThat(q.query()).isIn("inline: RETURN 1", "inline: RETURN 1 AS one"))
                    .allSatisfy(q -> assertThat(q.origin()).startsWith("access.GetOpensNoWriteTransactionTest"));
            opened.forEach(o -> chainedWays.merge(way, o.chained(), Boolean::logicalAnd));
        });
        // and whether each starts from the bookmarks the application shares
        assertThat(chainedWays).containsEntry("Neo4jClient outside a transaction", true)
                .containsEntry("Neo4jClient in a read-only transaction", true).containsEntry("executableQuery", true)
                .containsEntry("session.run", false).containsEntry("session.run in a read session", false);
        String shared = "reads-self-" + (calls++);
        transactions.serving(shared, () -> {
            try (Session s = driver.session(GraphSessions.read(driver))) {
                return s.run("RETURN 1").consume();
            }
        });
        assertThat(transactions.takeOpened(shared, SERVED)).singleElement()
                .satisfies(o -> assertThat(o.chained()).isTrue()).satisfies(o -> assertThat(o.mode()).isEqualTo(AccessMode.READ));
    }

    /** A concrete value per parameter: the fixture's ids where an id is asked, the sample's dates elsewhere. */
    private String value(Operation op, Parameter p, Role role) {
        if (p.in().equals("path")) {
            String before = op.path().substring(0, op.path().indexOf("{" + p.name() + "}"));
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1).replace("/", "");
            if (role == Role.SUBJECT && (segment.equals("entities") || segment.equals("scores"))) {
                return subjectParty;
            }
            return ids.getOrDefault(segment, "X-1");
        }
        boolean paths = op.path().equals("/api/v1/paths");
        return switch (p.name()) {
            case "q" -> first("MATCH (n:Party {id: 'IMD0000015'}) RETURN n.name AS v");
            case "from" -> paths ? "CON000000518" : null;
            case "to" -> paths ? "CON000000519" : null;
            case "asOf" -> "2025-06-30";
            case "depth" -> "2";
            case "maxHops" -> "4";
            case "size" -> "20";
            case "watchlistId" -> ids.get("watchlists");
            default -> p.required() ? OpenApiOperations.plain(p) : null;
        };
    }

    private void createUser(String name, Role role, String extra) {
        Reply r = http.postJsonAsAdmin("/api/v1/users", "{\"name\": \"" + name + "\", \"password\": \"" + AccessFixtures.PASSWORD
                + "\", \"role\": \"" + role + "\"" + extra + "}");
        assertThat(r.status()).as(r.raw().body()).isIn(201, 409);
    }

    private Reply post(String user, String path, String body) {
        return http.json("POST", path, user, AccessFixtures.passwordOf(user), body);
    }

    private static String created(Reply r) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String first(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("v").asString()).findFirst()
                .orElse(null);
    }
}
