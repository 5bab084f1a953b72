package io.credlink.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.GraphTransactions;
import io.credlink.GraphTransactions.Served;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.ingest.ImportProgress;
import io.credlink.ingest.ImportService;
import tools.jackson.databind.JsonNode;

/**
 * What each question of {@code bench/peer.sh} (and the entity look-up and score read beside them)
 * costs the graph over HTTP: the queries (Bolt RUN messages) and the transactions the serving
 * thread runs, counted by {@link GraphTransactions}, on the shipped sample (scored, with the read
 * models current), called as the peer benchmark calls them, as the admin. Each is pinned in
 * {@link #PINNED} with the reason for every query, so that a change that adds a round trip to a
 * question (a query per hop, per rule, per id; a separate existence check or count) fails here
 * and lowers or raises the table knowingly. The audit journal's replay runs on its own thread and
 * is not counted: the answer does not wait for it.
 *
 * <p>Each question is asked once before it is counted (the first call after an import fills caches:
 * resolved members, the credential cache; a check's first call of a day, the restrictions since the
 * last full recomputation, which the new-day question pins on its own), then counted up to
 * {@link #ATTEMPTS} times, keeping the cheapest: work
 * that does not belong to the question (a credential cache refresh ahead of expiry) is not
 * charged to it, while a round trip the question always makes is in every attempt.
 */
@CredLinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionRoundTripsTest {

    static final Path SAMPLE = Path.of("datasets", "sample");
    static final String DAY = "2025-06-30";
    static final Duration SERVED = Duration.ofSeconds(30);
    static final int ATTEMPTS = 3;
    static final int CHECK_IDS = 1000;

    /** The queries and transactions one question may cost, and why each query is needed. */
    record Cost(int queries, int transactions, String why) {
    }

    static final Map<String, Cost> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put("restrictions", new Cost(1, 1, "findRestrictionFacts: the members' types and names, the standing of"
                + " the projection's sanctions and the sanctions in force together (the members and the measures are in"
                + " memory)"));
        PINNED.put("propagation", new Cost(1, 1, "findSanctionFacts (its standing and dispute are live); the measures"
                + " and hub cuts from the restrictions projection, a subject alone needs no member query"));
        PINNED.put("network_2_hops", new Cost(1, 1, "expandNetwork: both levels and the edges among the nodes"));
        PINNED.put("shortest_path_4", new Cost(3, 3, "findPathStart (both ends and the first level from the start),"
                + " the second level (from the other end: the search meets in the middle), findPathDetails (the nodes"
                + " and the edges of the paths found)"));
        PINNED.put("black_list", new Cost(0, 0, "none: the lists model keeps every blacklisting sanction with its"
                + " entity's members in memory, and a page is computed from them"));
        PINNED.put("counterparty_check_1000", new Cost(1, 1, "rows from the check read model; the restrictions of every"
                + " restricted party in one findRestrictionFacts"));
        PINNED.put("counterparty_check_1000_new_day", new Cost(3, 3, "the same on a day no check asked before: the last"
                + " full recomputation's day, and listNewlyInForce (the sanctions in force on the day and not on that"
                + " one), whose reach comes from the restrictions projection; then cached for the day"));
        PINNED.put("entity", new Cost(1, 1, "findEntity (the entity with its relationship counts); its score and grade"
                + " from the check read model"));
        PINNED.put("credit_score", new Cost(1, 1, "the stored score"));
    }

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @Autowired
    GraphTransactions transactions;

    AccessFixtures http;
    int calls;
    /** Days after {@link #DAY} checked so far: each new-day check asks a day no check asked before. */
    int newDays;

    /** Each question's request, by name, in the order of {@link #PINNED}. */
    final Map<String, Function<String, Reply>> questions = new LinkedHashMap<>();

    @BeforeAll
    void load() {
        GraphFixtures.deleteDomainData(driver);
        imports.importDirectory(SAMPLE, ImportProgress.NONE);
        Reply recomputed = http.postJsonAsAdmin("/api/v1/credit/recomputations", "{}");
        assertThat(recomputed.status()).as(recomputed.raw().body()).isBetween(200, 299);
        GraphFixtures.awaitBackgroundWork(driver);
        awaitReadModelsCurrent();

        // a blacklisting sanction on an organisation, in force on the day: R1 and R3 follow it
        Map<String, String> sanction = driver.executableQuery("""
                MATCH (s:Sanction)-[:AGAINST]->(p:Party)
                WHERE s.blacklist = true AND (p:Insurer OR p:Intermediary)
                  AND s.effectiveFrom <= date($day) AND (s.effectiveTo IS NULL OR date($day) <= s.effectiveTo)
                  AND coalesce(s.withdrawn, false) = false
                RETURN s.id AS sanction, p.id AS party ORDER BY sanction LIMIT 1
                """).withParameters(Map.of("day", DAY)).execute().records().stream()
                .map(r -> Map.of("sanction", r.get("sanction").asString(), "party", r.get("party").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("the sample has a blacklisted organisation"));
        String sanctionId = sanction.get("sanction");
        String organisation = sanction.get("party");
        JsonNode propagation = get("/api/v1/sanctions/" + sanctionId + "/propagation?asOf=" + DAY).json();
        assertThat(propagation.get("affected").size()).as("the sanction reaches someone").isPositive();
        String restricted = propagation.get("affected").get(0).get("entityId").asString();
        JsonNode restrictions = get("/api/v1/entities/" + restricted + "/restrictions?asOf=" + DAY).json();
        assertThat(restrictions.get("restrictions").size()).as("the reached party is restricted").isPositive();
        List<String> pathEnds = partiesTwoHopsApart();
        List<String> checked = checkIds();

        questions.put("restrictions", call -> get("/api/v1/entities/" + restricted + "/restrictions?asOf=" + DAY, call));
        questions.put("propagation", call -> get("/api/v1/sanctions/" + sanctionId + "/propagation?asOf=" + DAY, call));
        questions.put("network_2_hops", call -> get("/api/v1/entities/" + organisation + "/network?depth=2&asOf=" + DAY,
                call));
        questions.put("shortest_path_4", call -> get("/api/v1/paths?from=" + pathEnds.get(0) + "&to=" + pathEnds.get(1)
                + "&maxHops=4&asOf=" + DAY, call));
        questions.put("black_list", call -> get("/api/v1/lists/black?asOf=" + DAY + "&page=0&size=1000", call));
        questions.put("counterparty_check_1000", call -> post("/api/v1/counterparty-checks",
                "{\"asOf\": \"" + DAY + "\", \"ids\": [" + checked.stream().map(id -> "\"" + id + "\"")
                        .collect(Collectors.joining(", ")) + "]}", call));
        questions.put("counterparty_check_1000_new_day", call -> post("/api/v1/counterparty-checks",
                "{\"asOf\": \"" + LocalDate.parse(DAY).plusDays(1 + newDays++) + "\", \"ids\": ["
                        + checked.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")) + "]}", call));
        questions.put("entity", call -> get("/api/v1/entities/" + organisation, call));
        questions.put("credit_score", call -> get("/api/v1/credit/scores/" + restricted, call));
        assertThat(questions.keySet()).containsExactlyElementsOf(PINNED.keySet());
    }

    @AfterAll
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void eachQuestionCostsTheRoundTripsPinnedForIt() {
        Map<String, Served> cheapest = new LinkedHashMap<>();
        questions.forEach((question, request) -> {
            Reply warm = request.apply(null);
            assertThat(warm.status()).as(question + ": " + warm.raw().body()).isBetween(200, 299);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String call = "question-" + question + "-" + (calls++);
                Reply r = request.apply(call);
                assertThat(r.status()).as(question + ": " + r.raw().body()).isBetween(200, 299);
                Served served = transactions.take(call, SERVED);
                cheapest.merge(question, served, (a, b) -> cost(b) < cost(a) ? b : a);
            }
        });
        assertThat(readModelsCurrent()).as("the questions were answered with the read models current").isTrue();

        List<String> differ = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        cheapest.forEach((question, served) -> {
            Cost pinned = PINNED.get(question);
            if (served.queries().size() != pinned.queries() || served.transactions().size() != pinned.transactions()) {
                differ.add(question + ": " + served.queries().size() + " queries (pinned " + pinned.queries() + "), "
                        + served.transactions().size() + " transactions (pinned " + pinned.transactions() + ")\n    queries "
                        + served.queries() + "\n    transactions " + served.transactions());
            }
            served.queries().stream().filter(q -> q.query().startsWith("inline: "))
                    .forEach(q -> unnamed.add(question + ": " + q));
        });
        assertThat(differ).as("questions whose round trips differ from the table: lower the table when a merge"
                + " saved one, or merge the new one").isEmpty();
        assertThat(unnamed).as("every query of a question is a named Cypher file").isEmpty();
    }

    @Test
    void theCounterNamesEachQueryAndTheClassThatRanIt() {
        // a managed transaction's query (executeRead), with the class that ran it
        Served propagation = counted("propagation");
        assertThat(propagation.queries()).extracting(GraphTransactions.Ran::query).contains("sanction/findSanctionFacts");
        assertThat(propagation.queries()).extracting(GraphTransactions.Ran::origin)
                .anyMatch(origin -> origin.startsWith("sanction.internal.ProjectedPropagation."));
        // an executable query
        Served entity = counted("entity");
        assertThat(entity.queries()).extracting(GraphTransactions.Ran::query).contains("registry/findEntity");
        // a day no check asked before: what came into force since the last full recomputation
        Served newDay = counted("counterparty_check_1000_new_day");
        assertThat(newDay.queries()).extracting(GraphTransactions.Ran::query).contains("sanction/listNewlyInForce");
    }

    private Served counted(String question) {
        String call = "question-" + question + "-" + (calls++);
        Reply r = questions.get(question).apply(call);
        assertThat(r.status()).as(question + ": " + r.raw().body()).isBetween(200, 299);
        return transactions.take(call, SERVED);
    }

    /** Queries first, then transactions: what a cheaper attempt saves. */
    private static int cost(Served s) {
        return s.queries().size() * 1000 + s.transactions().size();
    }

    /** Two parties two hops apart on the day (the first by id), so that the path search meets in the middle. */
    private List<String> partiesTwoHopsApart() {
        List<String> pair = driver.executableQuery("""
                MATCH (a:Party)-[r1]-(x:Entity)-[r2]-(b:Party)
                WHERE b <> a
                  AND (r1.from IS NULL OR r1.from <= date($day)) AND (r1.to IS NULL OR r1.to >= date($day))
                  AND (r2.from IS NULL OR r2.from <= date($day)) AND (r2.to IS NULL OR r2.to >= date($day))
                  AND NOT EXISTS {
                    MATCH (a)-[r]-(b)
                    WHERE (r.from IS NULL OR r.from <= date($day)) AND (r.to IS NULL OR r.to >= date($day))
                  }
                RETURN a.id AS a, b.id AS b ORDER BY a, b LIMIT 1
                """).withParameters(Map.of("day", DAY)).execute().records().stream()
                .map(r -> List.of(r.get("a").asString(), r.get("b").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no two parties two hops apart on " + DAY));
        JsonNode path = get("/api/v1/paths?from=" + pair.get(0) + "&to=" + pair.get(1) + "&maxHops=4&asOf=" + DAY).json();
        assertThat(path.at("/length").asInt()).as("the path between %s: %s", pair, path).isEqualTo(2);
        return pair;
    }

    /** 1,000 ids as the peer benchmark sends them: every party of the sample (the sanctioned ones among them), two unknown ids, repeated up to 1,000. */
    private List<String> checkIds() {
        List<String> parties = driver.executableQuery("MATCH (p:Party) RETURN p.id AS id ORDER BY id").execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
        List<String> ids = new ArrayList<>(List.of("UNKNOWN-ROUNDTRIP-1", "UNKNOWN-ROUNDTRIP-2"));
        for (int i = 0; ids.size() < CHECK_IDS; i++) {
            ids.add(parties.get(i % parties.size()));
        }
        return ids;
    }

    private Reply get(String path) {
        Reply r = get(path, null);
        assertThat(r.status()).as(path + ": " + r.raw().body()).isEqualTo(200);
        return r;
    }

    private Reply get(String path, String call) {
        HttpRequest.Builder request = http.request("GET", path, AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Accept", "application/json");
        if (call != null) {
            request.header(GraphTransactions.CALL_HEADER, call);
        }
        return http.send(request.build());
    }

    private Reply post(String path, String body, String call) {
        HttpRequest.Builder request = http.request("POST", path, AccessFixtures.ADMIN, AccessFixtures.ADMIN_PASSWORD)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method("POST", HttpRequest.BodyPublishers.ofString(body));
        if (call != null) {
            request.header(GraphTransactions.CALL_HEADER, call);
        }
        return http.send(request.build());
    }

    private boolean readModelsCurrent() {
        JsonNode health = http.asAdmin("GET", "/actuator/health").json();
        return health.at("/components/checkReadModel/details/current").asBoolean()
                && health.at("/components/restrictionsProjection/details/current").asBoolean()
                && health.at("/components/listsModel/details/current").asBoolean();
    }

    private void awaitReadModelsCurrent() {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!readModelsCurrent()) {
            assertThat(System.nanoTime()).as("the read models current within 3 minutes").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
