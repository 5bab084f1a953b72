package io.credlink.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.graph.CypherCatalog;
import io.credlink.registry.EdgeView;
import io.credlink.registry.RegistryFixture;

@CredLinkTest
class RegistryQueriesTest {

    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate MID_2021 = LocalDate.of(2021, 6, 1);

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalog catalog;

    @Autowired
    RegistryQueries queries;

    @BeforeEach
    void fixture() {
        RegistryFixture.create(driver);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void everyRegistryQueryPlans() {
        catalog.all().forEach((name, text) -> {
            if (name.startsWith("registry/")) {
                assertThat(driver.executableQuery("EXPLAIN " + text).execute().summary().hasPlan()).as(name).isTrue();
            }
        });
    }

    @Test
    void findEntityGivesTypePropertiesWithIsoDatesAndRelationshipCounts() {
        RegistryQueries.Entity policy = queries.findEntity("PO1").orElseThrow();
        assertThat(policy.node().type()).isEqualTo("Policy");
        assertThat(policy.node().properties()).doesNotContainKey("id")
                .containsEntry("startDate", "2024-01-01").containsEntry("premium", 1200.0)
                .containsEntry("insurerConfirmed", true);
        assertThat(policy.relationships()).containsExactly(Map.entry("HOLDS", 1L), Map.entry("INSURED_BY", 1L),
                Map.entry("ISSUED_BY", 1L), Map.entry("ON_POLICY", 1L), Map.entry("SOLD_BY", 1L), Map.entry("VIA", 1L));
    }

    @Test
    void findEntityOfAnIsolatedNodeHasNoRelationshipsAndAnUnknownIdNothing() {
        driver.executableQuery("CREATE (:Entity:Party:Provider {id: 'PV9', name: 'Lonely', kind: 'OTHER'})").execute();
        assertThat(queries.findEntity("PV9").orElseThrow().relationships()).isEmpty();
        assertThat(queries.findEntity("NOPE")).isEmpty();
    }

    @Test
    void findEntitiesLeavesUnknownIdsOut() {
        assertThat(queries.findEntities(List.of("CO1", "NOPE", "INS2")))
                .extracting(RegistryQueries.Node::id).containsExactlyInAnyOrder("CO1", "INS2");
    }

    @Test
    void expandNetworkKeepsOnlyRelationshipsInForceOnTheDate() {
        assertThat(queries.expandNetwork("PR1", 1, MID_2024, 10).orElseThrow().nodes())
                .extracting(RegistryQueries.Node::id).containsExactly("PR1", "INT1", "PO1");
        assertThat(queries.expandNetwork("PR1", 1, MID_2021, 10).orElseThrow().nodes())
                .extracting(RegistryQueries.Node::id).containsExactly("PR1", "INS1", "PO1");
        assertThat(queries.expandNetwork("NOPE", 2, MID_2024, 10)).isEmpty();
    }

    @Test
    void expandNetworkWalksLevelsInIdOrderSkippingNodesMetBeforeAndStopsAtTheCap() {
        RegistryQueries.Neighbourhood two = queries.expandNetwork("PR1", 2, MID_2024, 10).orElseThrow();
        // level 1: INT1, PO1; level 2: what they reach that was not met before (PR1, INT1 and PO1 again are not)
        assertThat(two.nodes()).extracting(RegistryQueries.Node::id)
                .containsExactly("PR1", "INT1", "PO1", "CL1", "CO1", "INS2");
        assertThat(two.reached()).isEqualTo(2);
        assertThat(two.truncated()).isFalse();
        assertThat(two.nodes().get(3).type()).isEqualTo("Claim");

        RegistryQueries.Neighbourhood capped = queries.expandNetwork("PR1", 2, MID_2024, 4).orElseThrow();
        assertThat(capped.nodes()).extracting(RegistryQueries.Node::id).containsExactly("PR1", "INT1", "PO1", "CL1");
        assertThat(capped.reached()).isEqualTo(2);
        assertThat(capped.truncated()).isTrue();

        RegistryQueries.Neighbourhood full = queries.expandNetwork("PR1", 1, MID_2024, 3).orElseThrow();
        assertThat(full.truncated()).as("a level that just fits is not cut").isFalse();
        RegistryQueries.Neighbourhood none = queries.expandNetwork("PR1", 2, MID_2024, 1).orElseThrow();
        assertThat(none.nodes()).extracting(RegistryQueries.Node::id).containsExactly("PR1");
        assertThat(none.reached()).isZero();
        assertThat(none.truncated()).isTrue();
        // deeper than the neighbourhood goes: the last level that added a node
        RegistryQueries.Neighbourhood deep = queries.expandNetwork("PV1", 4, MID_2024, 100).orElseThrow();
        assertThat(deep.reached()).isBetween(1, 4);
        assertThat(deep.nodes()).extracting(RegistryQueries.Node::id).doesNotHaveDuplicates();
    }

    @Test
    void expandNetworkGivesTheEdgesAmongItsNodesInStoredDirectionWithPropertiesInForce() {
        List<EdgeView> edges = queries.expandNetwork("PR1", 1, MID_2024, 10).orElseThrow().edges();
        assertThat(edges).extracting(EdgeView::source, EdgeView::type, EdgeView::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PO1", "SOLD_BY", "PR1"),
                org.assertj.core.groups.Tuple.tuple("PO1", "VIA", "INT1"),
                org.assertj.core.groups.Tuple.tuple("PR1", "AFFILIATED_WITH", "INT1"));
        assertThat(edges.get(2).properties()).containsEntry("from", "2023-01-01").containsEntry("role", "AGENT");
        assertThat(queries.expandNetwork("PR1", 1, MID_2021, 10).orElseThrow().edges())
                .filteredOn(e -> e.type().equals("AFFILIATED_WITH")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("to", "2022-12-31"));
    }

    @Test
    void findPathDetailsGivesTheNodesAndOnlyTheEdgesInForceAmongThem() {
        RegistryQueries.PathDetails details = queries.findPathDetails(List.of("PR1", "INS1", "INT1", "PO1", "NOPE"),
                MID_2024);
        assertThat(details.nodes()).extracting(RegistryQueries.Node::id)
                .containsExactlyInAnyOrder("PR1", "INS1", "INT1", "PO1");
        assertThat(details.edges()).extracting(EdgeView::source, EdgeView::type, EdgeView::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PO1", "SOLD_BY", "PR1"),
                org.assertj.core.groups.Tuple.tuple("PO1", "VIA", "INT1"),
                org.assertj.core.groups.Tuple.tuple("PR1", "AFFILIATED_WITH", "INT1"));
        assertThat(queries.findPathDetails(List.of("PR1", "INS1"), MID_2021).edges()).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("to", "2022-12-31"));
    }

    @Test
    void findPathStartGivesTheEndsThatExistAndTheFirstStepFromTheStart() {
        RegistryQueries.PathStart start = queries.findPathStart("PR1", "CO2", MID_2024, 100, List.of());
        assertThat(start.ends()).extracting(RegistryQueries.Node::id).containsExactlyInAnyOrder("PR1", "CO2");
        assertThat(start.firstSteps()).containsExactlyInAnyOrderElementsOf(
                queries.expandPathLevel(List.of("PR1"), MID_2024, 100));
        assertThat(queries.findPathStart("PO1", "NOPE", MID_2024, 2, List.of())).satisfies(s -> {
            assertThat(s.ends()).extracting(RegistryQueries.Node::id).containsExactly("PO1");
            assertThat(s.firstSteps()).hasSize(2);
        });
    }

    @Test
    void expandPathLevelGivesFrontierNeighbourPairsUpToTheLimit() {
        assertThat(queries.expandPathLevel(List.of("CO2", "PR1"), MID_2024, 100)).containsExactlyInAnyOrder(
                new ShortestPaths.Step("CO2", "PHONE:13800138000"), new ShortestPaths.Step("PR1", "INT1"),
                new ShortestPaths.Step("PR1", "PO1"));
        assertThat(queries.expandPathLevel(List.of("PO1"), MID_2024, 2)).hasSize(2);
    }

    /** The last level reads and counts what expandPathLevel reads, and sends back only the pairs to the targets. */
    @Test
    void expandPathLevelTowardsCountsEveryPairAndKeepsThoseToTheTargets() {
        ShortestPaths.Level level = queries.expandPathLevelTowards(List.of("CO2", "PR1"), java.util.Set.of("PO1", "NOPE"),
                MID_2024, 100, List.of());
        assertThat(level.read()).isEqualTo(queries.expandPathLevel(List.of("CO2", "PR1"), MID_2024, 100).size()).isEqualTo(3);
        assertThat(level.hits()).containsExactly(new ShortestPaths.Step("PR1", "PO1"));
        assertThat(queries.expandPathLevelTowards(List.of("PO1"), java.util.Set.of(), MID_2024, 2, List.of()))
                .isEqualTo(new ShortestPaths.Level(2, List.of()));
    }

    @Test
    void searchFindsByIdLicenceIdentifierAndName() {
        assertThat(queries.search("CL1", List.of(), List.of(), List.of(), null, 10))
                .extracting(r -> r.node().id(), RegistryQueries.SearchRow::matchedOn).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CL1", "id"));
        assertThat(queries.search("x", List.of("LIC-101"), List.of(), List.of(), null, 10))
                .extracting(r -> r.node().id(), RegistryQueries.SearchRow::matchedOn).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INT1", "licenseNo"));
        assertThat(queries.search("x", List.of(), List.of("PHONE:13800138000", "EMAIL:x"), List.of(), null, 10))
                .extracting(r -> r.node().id(), RegistryQueries.SearchRow::matchedOn).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CO1", "identifier:PHONE"),
                        org.assertj.core.groups.Tuple.tuple("CO2", "identifier:PHONE"));
        assertThat(queries.search("x", List.of(), List.of(), List.of("Insurance", "a"), null, 10))
                .extracting(r -> r.node().id()).containsExactly("INS1", "INS2", "INT1", "PV1", "PR1", "CO1");
    }

    @Test
    void searchHonoursTheTypeAndTheLimit() {
        assertThat(queries.search("x", List.of(), List.of(), List.of("a"), "Insurer", 10))
                .extracting(r -> r.node().id()).containsExactly("INS1", "INS2");
        assertThat(queries.search("CL1", List.of(), List.of(), List.of(), "Policy", 10)).isEmpty();
        assertThat(queries.search("x", List.of(), List.of(), List.of("a"), null, 2)).hasSize(2);
    }

    @Test
    void searchByNameUsesTheTextIndex() {
        Plan plan = driver.executableQuery("EXPLAIN " + catalog.get("registry/searchEntities")).execute().summary().plan();
        assertThat(operators(plan)).anyMatch(op -> op.startsWith("NodeIndexContainsScan"));
    }

    private static List<String> operators(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add(plan.operatorType());
        plan.children().forEach(child -> out.addAll(operators(child)));
        return out;
    }
}
