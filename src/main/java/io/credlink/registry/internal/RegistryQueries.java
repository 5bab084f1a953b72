package io.credlink.registry.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;
import io.credlink.registry.EdgeView;
import io.credlink.registry.MarketStatisticsView;

/** The registry's reads: each method runs one Cypher file of {@code cypher/registry/}. */
@Component
class RegistryQueries {

    /** An entity as stored: properties without id, dates as ISO strings. */
    record Node(String id, String type, Map<String, Object> properties) {
        String label() {
            return Labels.of(type, id, properties);
        }
    }

    record Entity(Node node, Map<String, Long> relationships) {
    }

    record SearchRow(Node node, String matchedOn, int rank) {
    }

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;
    private final String findEntity;
    private final String findEntities;
    private final String expandNetworkLevel;
    private final String findEdgesAmong;
    private final String expandPathLevel;
    private final String searchEntities;
    private final String countParties;
    private final String countPoliciesByMonth;
    private final String countClaimsByMonth;

    RegistryQueries(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.findEntity = catalog.get("registry/findEntity");
        this.findEntities = catalog.get("registry/findEntities");
        this.expandNetworkLevel = catalog.get("registry/expandNetworkLevel");
        this.findEdgesAmong = catalog.get("registry/findEdgesAmong");
        this.expandPathLevel = catalog.get("registry/expandPathLevel");
        this.searchEntities = catalog.get("registry/searchEntities");
        this.countParties = catalog.get("registry/countParties");
        this.countPoliciesByMonth = catalog.get("registry/countPoliciesByMonth");
        this.countClaimsByMonth = catalog.get("registry/countClaimsByMonth");
    }

    Optional<Entity> findEntity(String id) {
        return run(findEntity, Map.of("id", id)).stream().findFirst().map(r -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            r.get("relationships").asList(v -> v).forEach(c -> counts.put(c.get("type").asString(), c.get("count").asLong()));
            return new Entity(node(r), counts);
        });
    }

    /** The entities with these ids, in no particular order; unknown ids are left out. */
    List<Node> findEntities(List<String> ids) {
        return run(findEntities, Map.of("ids", ids)).stream().map(RegistryQueries::node).toList();
    }

    /** The next level of a neighbourhood, ordered by id, at most limit nodes. */
    List<Node> expandNetworkLevel(List<String> frontier, List<String> visited, LocalDate asOf, int limit) {
        return run(expandNetworkLevel, Map.of("frontier", frontier, "visited", visited, "asOf", asOf, "limit", limit))
                .stream().map(RegistryQueries::node).toList();
    }

    List<EdgeView> findEdgesAmong(List<String> ids, LocalDate asOf) {
        return run(findEdgesAmong, Map.of("ids", ids, "asOf", asOf)).stream()
                .map(r -> new EdgeView(r.get("source").asString(), r.get("target").asString(), r.get("type").asString(),
                        GraphValues.properties(r.get("properties"))))
                .toList();
    }

    List<ShortestPaths.Step> expandPathLevel(List<String> frontier, LocalDate asOf, int limit) {
        return expandPathLevel(frontier, asOf, limit, List.of());
    }

    /** The same, not following relationships of the excluded types. */
    List<ShortestPaths.Step> expandPathLevel(List<String> frontier, LocalDate asOf, int limit, List<String> excludedTypes) {
        return run(expandPathLevel, Map.of("frontier", frontier, "asOf", asOf, "limit", limit,
                "excludedTypes", excludedTypes)).stream()
                .map(r -> new ShortestPaths.Step(r.get("frontierId").asString(), r.get("neighbourId").asString()))
                .toList();
    }

    List<SearchRow> search(String id, List<String> licenseNos, List<String> identifierIds, List<String> nameVariants,
            String type, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", id);
        parameters.put("licenseNos", licenseNos);
        parameters.put("identifierIds", identifierIds);
        parameters.put("nameVariants", nameVariants);
        parameters.put("type", type);
        parameters.put("limit", limit);
        return run(searchEntities, parameters).stream()
                .map(r -> new SearchRow(node(r), r.get("matchedOn").asString(), r.get("rank").asInt()))
                .toList();
    }

    List<MarketStatisticsView.PartyCount> countParties() {
        return run(countParties, Map.of()).stream()
                .map(r -> new MarketStatisticsView.PartyCount(string(r.get("type")), string(r.get("kind")),
                        string(r.get("status")), r.get("parties").asLong()))
                .toList();
    }

    List<MarketStatisticsView.PolicyMonth> countPoliciesByMonth() {
        return run(countPoliciesByMonth, Map.of()).stream()
                .map(r -> new MarketStatisticsView.PolicyMonth(r.get("month").asString(), string(r.get("line")),
                        string(r.get("status")), r.get("policies").asLong(), r.get("premium").asDouble()))
                .toList();
    }

    List<MarketStatisticsView.ClaimMonth> countClaimsByMonth() {
        return run(countClaimsByMonth, Map.of()).stream()
                .map(r -> new MarketStatisticsView.ClaimMonth(r.get("month").asString(), string(r.get("status")),
                        r.get("claims").asLong(), r.get("amount").asDouble()))
                .toList();
    }

    private static String string(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private List<Record> run(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(READ).execute().records();
    }

    private static Node node(Record r) {
        Value type = r.get("type");
        return new Node(r.get("id").asString(), type.isNull() ? null : type.asString(), GraphValues.properties(r.get("properties")));
    }
}
