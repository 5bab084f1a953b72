package io.credlink.credit.internal;

import io.credlink.graph.GraphSessions;
import io.credlink.credit.CounterpartyCheckView.ActiveSanction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.internal.PartyFacts.BusinessFacts;
import io.credlink.credit.internal.PartyFacts.ClaimFact;
import io.credlink.credit.internal.PartyFacts.LedFirmSanction;
import io.credlink.credit.internal.PartyFacts.RecordFact;
import io.credlink.credit.internal.PartyFacts.SanctionFact;
import io.credlink.graph.TransientRetries;

/** The credit module's Cypher: set-based fact gathering per batch, links, and the stored scores. */
@Component
class CreditQueries implements NetworkPropagation.Graph {

    private final Driver driver;
    private final TransientRetries retries;
    private final CreditProperties properties;
    private final String listParties;
    private final String findPartyFacts;
    private final String findConsumerClaims;
    private final String findInsurerBehaviour;
    private final String findIntermediaryBehaviour;
    private final String findProviderBehaviour;
    private final String findLedFirmSanctions;
    private final String findFraudSources;
    private final String findDegrees;
    private final String findNeighbours;
    private final String findPartyDegrees;
    private final String writeScores;
    private final String touchScores;
    private final String findStoredScores;
    private final String listNetworkTouched;
    private final String findScoreHistory;
    private final String listStoredScores;
    private final String countStoredScores;
    private final String findNetworkOn;
    private final String deleteOrphanScores;
    private final String writeRecomputation;
    private final String findRecomputations;
    private final String countGrades;
    private final String countCoverage;
    private final String checkCounterparties;
    private final String listResolvedEntities;
    private final String findResolvedMembers;

    CreditQueries(Driver driver, TransientRetries retries, io.credlink.graph.CypherCatalog catalog,
            CreditProperties properties) {
        this.driver = driver;
        this.retries = retries;
        this.properties = properties;
        this.listParties = catalog.get("credit/listParties");
        this.findPartyFacts = catalog.get("credit/findPartyFacts");
        this.findConsumerClaims = catalog.get("credit/findConsumerClaims");
        this.findInsurerBehaviour = catalog.get("credit/findInsurerBehaviour");
        this.findIntermediaryBehaviour = catalog.get("credit/findIntermediaryBehaviour");
        this.findProviderBehaviour = catalog.get("credit/findProviderBehaviour");
        this.findLedFirmSanctions = catalog.get("credit/findLedFirmSanctions");
        this.findFraudSources = catalog.get("credit/findFraudSources");
        this.findDegrees = catalog.get("credit/findDegrees");
        this.findNeighbours = catalog.get("credit/findNeighbours");
        this.findPartyDegrees = catalog.get("credit/findPartyDegrees");
        this.writeScores = catalog.get("credit/writeScores");
        this.touchScores = catalog.get("credit/touchScores");
        this.findStoredScores = catalog.get("credit/findStoredScores");
        this.listNetworkTouched = catalog.get("credit/listNetworkTouched");
        this.findScoreHistory = catalog.get("credit/findScoreHistory");
        this.listStoredScores = catalog.get("credit/listStoredScores");
        this.countStoredScores = catalog.get("credit/countStoredScores");
        this.findNetworkOn = catalog.get("credit/findNetworkOn");
        this.deleteOrphanScores = catalog.get("credit/deleteOrphanScores");
        this.writeRecomputation = catalog.get("credit/writeRecomputation");
        this.findRecomputations = catalog.get("credit/findRecomputations");
        this.countGrades = catalog.get("credit/countGrades");
        this.countCoverage = catalog.get("credit/countCoverage");
        this.checkCounterparties = catalog.get("credit/checkCounterparties");
        this.listResolvedEntities = catalog.get("credit/listResolvedEntities");
        this.findResolvedMembers = catalog.get("credit/findResolvedMembers");
    }

    /** Every resolved entity of more than one party (one query: the resolvedId index). */
    ResolvedEntities resolvedEntities() {
        return new ResolvedEntities(read(listResolvedEntities, Map.of()).stream()
                .map(r -> r.get("members").asList(Value::asString)).toList());
    }

    /** The resolved entities of a few parties. */
    ResolvedEntities resolvedEntities(Collection<String> ids) {
        return new ResolvedEntities(read(findResolvedMembers, Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> r.get("members").asList(Value::asString)).toList());
    }

    /** A party id with its type. */
    record PartyRef(String id, String type) {
    }

    List<PartyRef> parties(String after, int limit) {
        return read(listParties, Map.of("after", after, "limit", limit)).stream()
                .map(r -> new PartyRef(r.get("id").asString(), r.get("type").asString(null))).toList();
    }

    /** The facts of a batch of parties as of a day; unknown ids are absent. */
    Map<String, PartyFacts> facts(Collection<String> ids, LocalDate asOf) {
        Map<String, PartyFacts> facts = new LinkedHashMap<>();
        List<String> idList = List.copyOf(ids);
        try (Session session = driver.session(GraphSessions.read(driver))) {
            session.executeRead(tx -> {
                tx.run(findPartyFacts, Values.parameters("ids", idList, "asOf", asOf)).forEachRemaining(r -> {
                    PartyFacts f = PartyFacts.of(r.get("id").asString(), r.get("type").asString(null),
                            r.get("status").asString(null));
                    facts.put(f.id(), f.withSanctions(r.get("sanctions").asList(CreditQueries::sanction))
                            .withRecords(r.get("records").asList(CreditQueries::record)));
                });
                List<String> consumers = ofType(facts, "Consumer");
                if (!consumers.isEmpty()) {
                    tx.run(findConsumerClaims, Values.parameters("ids", consumers)).forEachRemaining(r -> facts.computeIfPresent(
                            r.get("id").asString(), (k, f) -> f.withClaims(r.get("claims").asList(CreditQueries::claim))));
                }
                LocalDate windowStart = asOf.minus(properties.business().window());
                LocalDate delayBefore = asOf.minusDays(properties.business().delayAfter().toDays());
                business(tx, findInsurerBehaviour, ofType(facts, "Insurer"), asOf, windowStart, delayBefore, facts);
                business(tx, findIntermediaryBehaviour, ofType(facts, "Intermediary"), asOf, windowStart, delayBefore, facts);
                List<String> providers = ofType(facts, "Provider");
                if (!providers.isEmpty()) {
                    tx.run(findProviderBehaviour, Values.parameters("ids", providers, "windowStart", windowStart, "asOf", asOf))
                            .forEachRemaining(r -> facts.computeIfPresent(r.get("id").asString(), (k, f) -> f.withBusiness(
                                    new BusinessFacts(0, 0, r.get("claims").asLong(), 0, 0, 0, r.get("fraud").asLong()))));
                }
                List<String> practitioners = ofType(facts, "Practitioner");
                if (!practitioners.isEmpty()) {
                    tx.run(findLedFirmSanctions, Values.parameters("ids", practitioners, "asOf", asOf)).forEachRemaining(r -> facts
                            .computeIfPresent(r.get("id").asString(), (k, f) -> f.withLedFirms(r.get("ledFirms").asList(v ->
                                    new LedFirmSanction(v.get("firmId").asString(), v.get("role").asString(),
                                            sanction(v.get("sanction")))))));
                }
                return null;
            });
        }
        return facts;
    }

    private void business(org.neo4j.driver.TransactionContext tx, String query, List<String> ids, LocalDate asOf,
            LocalDate windowStart, LocalDate delayBefore, Map<String, PartyFacts> facts) {
        if (ids.isEmpty()) {
            return;
        }
        tx.run(query, Values.parameters("ids", ids, "asOf", asOf, "windowStart", windowStart, "delayBefore", delayBefore))
                .forEachRemaining(r -> facts.computeIfPresent(r.get("id").asString(), (k, f) -> f.withBusiness(new BusinessFacts(
                        r.get("policies").asLong(), r.get("cancelled").asLong(), r.get("claims").asLong(),
                        r.get("decided").asLong(), r.get("denied").asLong(), r.get("delayed").asLong(),
                        r.get("fraud").asLong()))));
    }

    private static List<String> ofType(Map<String, PartyFacts> facts, String type) {
        return facts.values().stream().filter(f -> type.equals(f.type())).map(PartyFacts::id).toList();
    }

    static SanctionFact sanction(Value v) {
        return new SanctionFact(v.get("id").asString(), v.get("kind").asString(null), v.get("severity").asInt(1),
                v.get("blacklist").asBoolean(false), date(v.get("decidedOn")), date(v.get("effectiveFrom")),
                date(v.get("effectiveTo")), v.get("withdrawn").asBoolean(false), v.get("disputed").asBoolean(false));
    }

    private static RecordFact record(Value v) {
        return new RecordFact(v.get("id").asString(), v.get("kind").asString(null), date(v.get("date")),
                v.get("severity").asInt(1), v.get("disputed").asBoolean(false));
    }

    private static ClaimFact claim(Value v) {
        return new ClaimFact(v.get("id").asString(), v.get("status").asString(null), date(v.get("incidentDate")),
                v.get("amount").isNull() ? 0 : v.get("amount").asNumber().doubleValue(), v.get("claimant").asBoolean());
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    /** A risk-source row. */
    record RiskRow(String id, String reason, LocalDate since) {
    }

    /** Parties on FRAUD claims incurred by {@code asOf}, one row per claim. */
    List<RiskRow> fraudSources(LocalDate asOf) {
        return read(findFraudSources, Map.of("asOf", asOf)).stream().map(r -> new RiskRow(r.get("id").asString(),
                r.get("reason").asString(), date(r.get("since")))).toList();
    }

    @Override
    public Map<String, Integer> degrees(Collection<String> ids) {
        return countPerId(findDegrees, "degree", ids);
    }

    @Override
    public Map<String, Integer> partyDegrees(Collection<String> ids) {
        return countPerId(findPartyDegrees, "parties", ids);
    }

    /** A query's count column by id, asked a batch of ids at a time. */
    private Map<String, Integer> countPerId(String query, String column, Collection<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> batch : batches(ids)) {
            read(query, Map.of("ids", batch)).forEach(r -> out.put(r.get("id").asString(), r.get(column).asInt()));
        }
        return out;
    }

    @Override
    public Map<String, List<NetworkPropagation.Neighbour>> neighbours(Collection<String> ids) {
        Map<String, List<NetworkPropagation.Neighbour>> out = new HashMap<>();
        for (List<String> batch : batches(ids)) {
            read(findNeighbours, Map.of("ids", batch)).forEach(r -> out.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
                    .add(new NetworkPropagation.Neighbour(r.get("neighbourId").asString(), r.get("party").asBoolean())));
        }
        return out;
    }


    /** A stored current score. */
    record Stored(String entityId, String entityType, int score, String grade, int base, String factors, LocalDate asOf,
            OffsetDateTime computedAt, boolean blacklisted, int network, String networkJson, double exposure,
            String exposures, boolean restricted, boolean hasRecords) {
    }

    Map<String, Stored> stored(Collection<String> ids) {
        Map<String, Stored> out = new HashMap<>();
        for (List<String> batch : batches(ids)) {
            read(findStoredScores, Map.of("ids", batch)).forEach(r -> out.put(r.get("entityId").asString(), new Stored(
                    r.get("entityId").asString(), r.get("entityType").asString(null), r.get("score").asInt(),
                    r.get("grade").asString(), r.get("base").asInt(), r.get("factors").asString("[]"), date(r.get("asOf")),
                    r.get("computedAt").isNull() ? null : r.get("computedAt").asOffsetDateTime(),
                    r.get("blacklisted").asBoolean(false), r.get("network").asInt(0), r.get("networkJson").asString(null),
                    r.get("exposure").asDouble(0), r.get("exposures").asString("[]"), r.get("restricted").asBoolean(false),
                    r.get("hasRecords").asBoolean(false))));
        }
        return out;
    }

    List<String> networkTouched() {
        return read(listNetworkTouched, Map.of()).stream().map(r -> r.get("entityId").asString()).toList();
    }

    /**
     * Stores a page of scores in one write transaction: {@code rows} in full (with a history entry
     * when marked changed), {@code unchanged} ids only with the new day and time.
     */
    void writeScores(List<Map<String, Object>> rows, List<Map<String, Object>> unchanged, LocalDate asOf,
            OffsetDateTime computedAt) {
        if (rows.isEmpty() && unchanged.isEmpty()) {
            return;
        }
        try (Session session = driver.session(GraphSessions.write(driver))) {
            session.executeWriteWithoutResult(tx -> {
                if (!rows.isEmpty()) {
                    tx.run(writeScores, Values.parameters("rows", rows)).consume();
                }
                if (!unchanged.isEmpty()) {
                    tx.run(touchScores, Values.parameters("rows", unchanged, "asOf", asOf, "computedAt", computedAt))
                            .consume();
                }
            });
        }
    }

    /** A history row. */
    record HistoryRow(LocalDate asOf, OffsetDateTime computedAt, int score, String grade, int network, String factors) {
    }

    List<HistoryRow> history(String id, int limit) {
        return read(findScoreHistory, Map.of("id", id, "limit", limit)).stream().map(r -> new HistoryRow(date(r.get("asOf")),
                r.get("computedAt").asOffsetDateTime(), r.get("score").asInt(), r.get("grade").asString(),
                r.get("network").asInt(0), r.get("factors").asString("[]"))).toList();
    }

    /** A stored current score as a listing shows it. */
    record ListedScore(String entityId, String entityType, int score, String grade, int network, String factors) {
    }

    List<ListedScore> listStored(String type, String grade, long skip, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type);
        params.put("grade", grade);
        params.put("skip", skip);
        params.put("limit", limit);
        return read(listStoredScores, params).stream().map(r -> new ListedScore(r.get("entityId").asString(),
                r.get("entityType").asString(null), r.get("score").asInt(), r.get("grade").asString(),
                r.get("network").asInt(0), r.get("factors").asString("[]"))).toList();
    }

    long countStored(String type, String grade) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type);
        params.put("grade", grade);
        return read(countStoredScores, params).get(0).get("scores").asLong();
    }

    /** The stored network part of a party on or before a day. */
    record StoredNetwork(LocalDate asOf, OffsetDateTime computedAt, String networkJson) {
    }

    Optional<StoredNetwork> networkOn(String id, LocalDate asOf) {
        return read(findNetworkOn, Map.of("id", id, "asOf", asOf)).stream().findFirst().map(r -> new StoredNetwork(
                date(r.get("asOf")), r.get("computedAt").asOffsetDateTime(), r.get("networkJson").asString(null)));
    }

    long deleteOrphans() {
        try (Session session = driver.session(GraphSessions.write(driver))) {
            return session.executeWrite(tx -> tx.run(deleteOrphanScores).single().get("deleted").asLong());
        }
    }

    void recordRecomputation(String mode, LocalDate asOf, OffsetDateTime at, long scored, long changed) {
        try (Session session = driver.session(GraphSessions.write(driver))) {
            session.executeWriteWithoutResult(tx -> tx.run(writeRecomputation, Values.parameters("mode", mode, "asOf", asOf,
                    "computedAt", at, "scored", scored, "changed", changed)).consume());
        }
    }

    /** The last recomputation of a mode. */
    record Recomputation(String mode, LocalDate asOf, OffsetDateTime computedAt) {
    }

    Map<String, Recomputation> recomputations() {
        Map<String, Recomputation> out = new HashMap<>();
        read(findRecomputations, Map.of()).forEach(r -> out.put(r.get("mode").asString(), new Recomputation(
                r.get("mode").asString(), date(r.get("asOf")), r.get("computedAt").asOffsetDateTime())));
        return out;
    }

    /** Grades per type: type → grade → count. */
    Map<String, Map<String, Long>> grades() {
        Map<String, Map<String, Long>> out = new HashMap<>();
        read(countGrades, Map.of()).forEach(r -> out.computeIfAbsent(r.get("type").asString("Unknown"), k -> new HashMap<>())
                .put(r.get("grade").asString(), r.get("scores").asLong()));
        return out;
    }

    /** Coverage row. */
    record Coverage(String type, long parties, long withRecords) {
    }

    List<Coverage> coverage() {
        return read(countCoverage, Map.of()).stream().map(r -> new Coverage(r.get("type").asString(),
                r.get("parties").asLong(), r.get("withRecords").asLong())).toList();
    }

    /** One row of a counterparty check. */
    record CheckRow(String id, boolean found, String type, Integer score, String grade, String exposures, boolean restricted,
            List<ActiveSanction> activeSanctions) {
    }

    /** A sanction map as listCheckSanctions and listCheckRowsByIds return it, against {@code subjectId}. */
    static ActiveSanction activeSanction(Value v, String subjectId) {
        return new ActiveSanction(v.get("id").asString(), subjectId, v.get("kind").asString(null), v.get("severity").asInt(1),
                v.get("blacklist").asBoolean(false), v.get("authority").asString(null),
                v.get("effectiveFrom").isNull() ? null : v.get("effectiveFrom").asLocalDate(),
                v.get("effectiveTo").isNull() ? null : v.get("effectiveTo").asLocalDate(), v.get("disputed").asBoolean(false));
    }

    /**
     * The check's rows in one round trip: an auto-commit read (RUN and PULL pipelined), no
     * explicit BEGIN/COMMIT exchange as a managed transaction would add, hence retried here on a
     * transient error. Without the sanctions in force (the caller asks the sanction module).
     */
    Map<String, CheckRow> check(Collection<String> ids) {
        Map<String, CheckRow> out = new HashMap<>();
        List<Record> records = retries.call(() -> {
            try (Session session = driver.session(GraphSessions.read(driver))) {
                return session.run(checkCounterparties, Values.parameters("ids", List.copyOf(ids))).list();
            }
        });
        records.forEach(r -> out.put(r.get("id").asString(),
                new CheckRow(r.get("id").asString(), r.get("found").asBoolean(), r.get("type").asString(null),
                        r.get("score").isNull() ? null : r.get("score").asInt(), r.get("grade").asString(null),
                        r.get("exposures").asString(null), r.get("restricted").asBoolean(), List.of())));
        return out;
    }

    private List<List<String>> batches(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> out = new ArrayList<>();
        int size = properties.batchSize();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    private List<Record> read(String query, Map<String, Object> params) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> tx.run(query, Values.value(params)).list());
        }
    }
}
