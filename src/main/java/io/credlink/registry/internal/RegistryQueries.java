package io.credlink.registry.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * A neighbourhood read in one query: the root first, then each level in id order; the last level
     * that added a node; whether the node cap cut a level; the relationships among the nodes.
     */
    record Neighbourhood(List<Node> nodes, int reached, boolean truncated, List<EdgeView> edges) {
    }

    /** The nodes of the paths found and the relationships among them. */
    record PathDetails(List<Node> nodes, List<EdgeView> edges) {
    }

    /** The ends of a path search that exist, and the steps of its first expansion (from its start). */
    record PathStart(List<Node> ends, List<ShortestPaths.Step> firstSteps) {
    }

    /** The levels {@code expandNetwork.cypher} unrolls: the deepest neighbourhood it can read. */
    static final int NETWORK_LEVELS = 4;

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;
    private final String findEntity;
    private final String findEntities;
    private final String expandNetwork;
    private final String findPathStart;
    private final String findPathDetails;
    private final String expandPathLevel;
    private final String expandPathLevelTowards;
    private final String searchEntities;
    private final String countParties;
    private final String countPoliciesByMonth;
    private final String countClaimsByMonth;

    RegistryQueries(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.findEntity = catalog.get("registry/findEntity");
        this.findEntities = catalog.get("registry/findEntities");
        this.expandNetwork = catalog.get("registry/expandNetwork");
        this.findPathStart = catalog.get("registry/findPathStart");
        this.findPathDetails = catalog.get("registry/findPathDetails");
        this.expandPathLevel = catalog.get("registry/expandPathLevel");
        this.expandPathLevelTowards = catalog.get("registry/expandPathLevelTowards");
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

    /**
     * The neighbourhood of {@code id} up to {@code depth} levels (at most {@link #NETWORK_LEVELS}) and
     * {@code limit} nodes, with the relationships among them, in one query; empty when no entity
     * has the id. The same nodes and edges as expanding level by level and then reading the edges.
     */
    Optional<Neighbourhood> expandNetwork(String id, int depth, LocalDate asOf, int limit) {
        if (depth > NETWORK_LEVELS) {
            throw new IllegalArgumentException("expandNetwork.cypher reads at most " + NETWORK_LEVELS + " levels");
        }
        return run(expandNetwork, Map.of("id", id, "depth", depth, "asOf", asOf, "limit", limit)).stream().findFirst()
                .map(r -> new Neighbourhood(r.get("nodes").asList(RegistryQueries::node), r.get("reached").asInt(),
                        r.get("truncated").asBoolean(), r.get("edges").asList(RegistryQueries::edge)));
    }

    /** The entities with these ids (unknown ids left out) and the relationships in force among them, in one query. */
    PathDetails findPathDetails(List<String> ids, LocalDate asOf) {
        Record r = run(findPathDetails, Map.of("ids", ids, "asOf", asOf)).get(0);
        return new PathDetails(r.get("nodes").asList(RegistryQueries::node), r.get("edges").asList(RegistryQueries::edge));
    }

    /**
     * The ends of a path search that exist, and the neighbours one step from {@code from} (at most
     * {@code limit}, one per relationship): its first expansion, in the same query.
     */
    PathStart findPathStart(String from, String to, LocalDate asOf, int limit, List<String> excludedTypes) {
        Record r = run(findPathStart, Map.of("from", from, "to", to, "asOf", asOf, "limit", limit,
                "excludedTypes", excludedTypes)).get(0);
        List<ShortestPaths.Step> steps = r.get("neighbours").asList(v -> new ShortestPaths.Step(from, v.asString()));
        return new PathStart(r.get("ends").asList(RegistryQueries::node), steps);
    }

    private static EdgeView edge(org.neo4j.driver.types.MapAccessor r) {
        return new EdgeView(r.get("source").asString(), r.get("target").asString(), r.get("type").asString(),
                GraphValues.properties(r.get("properties")));
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

    /**
     * The last level of a path search: of the pairs {@link #expandPathLevel} would read (at most
     * {@code limit}), how many there are and those whose neighbour is one of {@code targets}.
     */
    ShortestPaths.Level expandPathLevelTowards(List<String> frontier, Set<String> targets, LocalDate asOf, int limit,
            List<String> excludedTypes) {
        Record r = run(expandPathLevelTowards, Map.of("frontier", frontier, "targets", List.copyOf(targets), "asOf", asOf,
                "limit", limit, "excludedTypes", excludedTypes)).get(0);
        return new ShortestPaths.Level(r.get("read").asInt(), r.get("hits").asList(
                v -> new ShortestPaths.Step(v.get("frontierId").asString(), v.get("neighbourId").asString())));
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

    private static Node node(org.neo4j.driver.types.MapAccessor r) {
        Value type = r.get("type");
        return new Node(r.get("id").asString(), type.isNull() ? null : type.asString(), GraphValues.properties(r.get("properties")));
    }
}
