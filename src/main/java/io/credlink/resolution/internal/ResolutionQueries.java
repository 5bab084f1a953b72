package io.credlink.resolution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphSessions;

/** The resolution module's reads and writes: each method runs one Cypher file of {@code cypher/resolution/}. */
@Component
class ResolutionQueries {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();
    private static final QueryConfig WRITE = QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

    /** A stored link. */
    record StoredLink(String a, String b, double score, String decision) {
    }

    private final Driver driver;
    private final CypherCatalog catalog;
    private final AtomicInteger resolvedIdWrites = new AtomicInteger();
    private final AtomicLong resolvedIdVersion = new AtomicLong();

    ResolutionQueries(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.catalog = catalog;
        // fail at start-up when a file is missing
        for (String name : List.of("streamParties", "findParties", "streamLinks", "listDecisions", "writeLinks",
                "deleteLinks", "writeResolvedIds", "createRun", "createDecision", "findMatches", "findResolved",
                "listReviews", "countReviews", "findComponents", "findByIdNumber", "findMembers", "listResolvedIds",
                "listGroupMembers", "findLinks", "findModel", "countParties", "findLinksAmong", "listDecisionHistory",
                "countDecisionHistory")) {
            catalog.get("resolution/" + name);
        }
    }

    /** Streams every party once (one read transaction, records consumed as they arrive). */
    void streamParties(Consumer<Stored> each) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            session.executeRead(tx -> {
                Result result = tx.run(q("streamParties"));
                while (result.hasNext()) {
                    each.accept(stored(result.next()));
                }
                return null;
            });
        }
    }

    /** A party as read, with its current resolved id (null before any run). */
    record Stored(PartyRecord party, String resolvedId) {
    }

    List<Stored> findParties(List<String> ids) {
        return read("findParties", Map.of("ids", ids)).stream().map(ResolutionQueries::stored).toList();
    }

    List<StoredLink> streamLinks() {
        List<StoredLink> out = new ArrayList<>();
        try (Session session = driver.session(GraphSessions.read(driver))) {
            session.executeRead(tx -> {
                Result result = tx.run(q("streamLinks"));
                while (result.hasNext()) {
                    Record r = result.next();
                    out.add(new StoredLink(r.get("a").asString(), r.get("b").asString(),
                            r.get("score").isNull() ? 0 : r.get("score").asDouble(), r.get("decision").asString(null)));
                }
                return null;
            });
        }
        return out;
    }

    long countParties() {
        return read("countParties", Map.of()).get(0).get("total").asLong();
    }

    /** The stored links with an end among these parties. */
    List<StoredLink> findLinks(List<String> ids) {
        return read("findLinks", Map.of("ids", ids)).stream()
                .map(r -> new StoredLink(r.get("a").asString(), r.get("b").asString(),
                        r.get("score").isNull() ? 0 : r.get("score").asDouble(), r.get("decision").asString(null)))
                .toList();
    }

    /** The person and firm models of the latest run that stored them: [persons, firms]. */
    Optional<FellegiSunter[]> findModel() {
        return read("findModel", Map.of()).stream().findFirst().map(r -> new FellegiSunter[] {
            FellegiSunter.of(r.get("personM").asList(Value::asDouble), r.get("personU").asList(Value::asDouble),
                    r.get("personLambda").asDouble()),
            FellegiSunter.of(r.get("firmM").asList(Value::asDouble), r.get("firmU").asList(Value::asDouble),
                    r.get("firmLambda").asDouble())});
    }

    /** The latest decision per pair: [a, b, decision]. */
    List<String[]> listDecisions() {
        return read("listDecisions", Map.of()).stream()
                .map(r -> new String[] {r.get("a").asString(), r.get("b").asString(), r.get("decision").asString()})
                .toList();
    }

    long writeLinks(List<Map<String, Object>> rows) {
        return write("writeLinks", Map.of("rows", rows), "written");
    }

    long deleteLinks(List<Map<String, Object>> rows) {
        return write("deleteLinks", Map.of("rows", rows), "deleted");
    }

    /**
     * Every write of {@code resolvedId} goes through here (resolution is its only writer), so the
     * in-memory {@link MemberIndex} can tell when it may be stale: while a write runs, and once
     * the version moved past the one it was loaded at.
     */
    long writeResolvedIds(List<Map<String, Object>> rows) {
        resolvedIdWrites.incrementAndGet();
        try {
            return write("writeResolvedIds", Map.of("rows", rows), "written");
        } finally {
            // after the commit (or the failure): a load that began before it is stale
            resolvedIdVersion.incrementAndGet();
            resolvedIdWrites.decrementAndGet();
        }
    }

    /** Writes of resolvedId in progress. */
    int resolvedIdWritesInProgress() {
        return resolvedIdWrites.get();
    }

    /** Grows after every write of resolvedId. */
    long resolvedIdVersion() {
        return resolvedIdVersion.get();
    }

    /** The members of every resolved entity of more than one party, by resolved id (sorted, its id first). */
    Map<String, List<String>> listGroupMembers() {
        Map<String, List<String>> out = new java.util.HashMap<>();
        read("listGroupMembers", Map.of()).forEach(r -> {
            String resolvedId = r.get("resolvedId").asString();
            List<String> members = new ArrayList<>(r.get("members").asList(Value::asString));
            members.add(resolvedId);
            members.sort(null);
            out.put(resolvedId, List.copyOf(members));
        });
        return out;
    }

    void createRun(Map<String, Object> run) {
        write("createRun", Map.of("run", run), null);
    }

    void createDecision(Map<String, Object> decision) {
        write("createDecision", Map.of("decision", decision), null);
    }

    Optional<Record> findMatches(String id) {
        return read("findMatches", Map.of("id", id)).stream().findFirst();
    }

    List<Record> findResolved(String resolvedId) {
        return read("findResolved", Map.of("resolvedId", resolvedId));
    }

    List<Record> listReviews(long skip, int limit) {
        return read("listReviews", Map.of("skip", skip, "limit", limit));
    }

    long countReviews() {
        return read("countReviews", Map.of()).get(0).get("total").asLong();
    }

    /** Members of the resolved entities of these parties and the links among them. */
    Optional<Record> findComponents(List<String> ids) {
        return read("findComponents", Map.of("ids", ids)).stream().findFirst();
    }

    List<String> findByIdNumber(List<String> forms) {
        return read("findByIdNumber", Map.of("forms", forms)).stream().map(r -> r.get("id").asString()).toList();
    }

    Map<String, String> listResolvedIds() {
        Map<String, String> out = new java.util.HashMap<>();
        read("listResolvedIds", Map.of()).forEach(r -> out.put(r.get("id").asString(), r.get("resolvedId").asString()));
        return out;
    }

    Map<String, List<String>> findMembers(List<String> ids) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        read("findMembers", Map.of("ids", ids))
                .forEach(r -> out.put(r.get("id").asString(), r.get("members").asList(Value::asString)));
        return out;
    }

    List<Record> findLinksAmong(List<String> ids) {
        return read("findLinksAmong", Map.of("ids", ids));
    }

    List<Record> listDecisionHistory(String entityId, long skip, int limit) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("entityId", entityId);
        p.put("skip", skip);
        p.put("limit", limit);
        return read("listDecisionHistory", p);
    }

    long countDecisionHistory(String entityId) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("entityId", entityId);
        return read("countDecisionHistory", p).get(0).get("total").asLong();
    }

    private static Stored stored(Record r) {
        PartyRecord p = new PartyRecord(r.get("id").asString(), r.get("type").asString(null), r.get("kind").asString(null),
                r.get("name").asString(null), r.get("idNumber").asString(null), r.get("licenseNo").asString(null),
                r.get("identifiers").asList(Value::asString));
        return new Stored(p, r.get("resolvedId").asString(null));
    }

    private String q(String name) {
        return catalog.get("resolution/" + name);
    }

    private List<Record> read(String name, Map<String, Object> parameters) {
        return driver.executableQuery(q(name)).withParameters(parameters).withConfig(READ).execute().records();
    }

    private long write(String name, Map<String, Object> parameters, String column) {
        List<Record> records = driver.executableQuery(q(name)).withParameters(parameters).withConfig(WRITE).execute()
                .records();
        return column == null || records.isEmpty() ? 0 : records.get(0).get(column).asLong();
    }
}
