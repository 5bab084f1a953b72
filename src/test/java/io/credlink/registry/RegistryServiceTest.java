package io.credlink.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;

@CredLinkTest
class RegistryServiceTest {

    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate MID_2021 = LocalDate.of(2021, 6, 1);

    @Autowired
    Driver driver;

    @Autowired
    RegistryService registry;

    @Autowired
    RegistryProperties properties;

    @BeforeEach
    void fixture() {
        RegistryFixture.create(driver);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    @Test
    void anEntityHasItsTypePropertiesWithoutIdAndNoCreditYet() {
        EntityView claim = registry.entity("CL1");
        assertThat(claim.type()).isEqualTo("Claim");
        assertThat(claim.label()).isEqualTo("Claim CL1 · 2024-03-01 · 12,000");
        assertThat(claim.properties()).doesNotContainKey("id").containsEntry("incidentDate", "2024-03-01")
                .containsEntry("amount", 12000.0);
        assertThat(claim.credit()).isNull();
        assertThat(claim.relationships()).containsEntry("FILED", 1L).containsEntry("SERVICED_BY", 1L);
    }

    @Test
    void anUnknownEntityIsANotFoundProblem() {
        assertThatThrownBy(() -> registry.entity("NOPE")).isInstanceOfSatisfying(EntityNotFound.class, e -> {
            assertThat(e.entityId()).isEqualTo("NOPE");
            assertThat(e.getMessage()).contains("NOPE");
        });
    }

    @Test
    void theNetworkAtDepthOneHoldsTheRootAndItsNeighboursInForce() {
        NetworkView net = registry.network(new NetworkRequest("PR1", 1, MID_2024));
        assertThat(net.nodes()).extracting(NodeView::id).containsExactly("PR1", "INT1", "PO1");
        assertThat(net.nodes().get(0)).isEqualTo(new NodeView("PR1", "Practitioner", "Wang Wei"));
        assertThat(net.edges()).extracting(EdgeView::source, EdgeView::type, EdgeView::target).containsExactly(
                tuple("PO1", "SOLD_BY", "PR1"), tuple("PO1", "VIA", "INT1"), tuple("PR1", "AFFILIATED_WITH", "INT1"));
        assertThat(net.depthReached()).isEqualTo(1);
        assertThat(net.truncated()).isFalse();
        assertThat(net.nodeLimit()).isEqualTo(properties.maxNetworkNodes());
    }

    @Test
    void anAffiliationEndedBeforeAsOfIsNoEdge() {
        NetworkView now = registry.network(new NetworkRequest("PR1", 1, MID_2024));
        assertThat(now.nodes()).extracting(NodeView::id).doesNotContain("INS1");
        assertThat(now.edges()).noneMatch(e -> e.target().equals("INS1"));

        NetworkView then = registry.network(new NetworkRequest("PR1", 1, MID_2021));
        assertThat(then.nodes()).extracting(NodeView::id).containsExactly("PR1", "INS1", "PO1");
        assertThat(then.edges()).filteredOn(e -> e.type().equals("AFFILIATED_WITH")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("from", "2020-01-01").containsEntry("to", "2022-12-31"));
    }

    @Test
    void depthBoundsHowFarTheNetworkReaches() {
        NetworkView two = registry.network(new NetworkRequest("CO2", 2, MID_2024));
        assertThat(two.nodes()).extracting(NodeView::id).containsExactly("CO2", "PHONE:13800138000", "CO1");
        NetworkView four = registry.network(new NetworkRequest("CO2", 4, MID_2024));
        assertThat(four.nodes()).extracting(NodeView::id)
                .containsExactly("CO2", "PHONE:13800138000", "CO1", "CL1", "PO1", "INS2", "INT1", "PR1", "PV1");
        assertThat(four.depthReached()).isEqualTo(4);
    }

    @Test
    void aNetworkThatEndsEarlyReportsTheDepthItReached() {
        NetworkView net = registry.network(new NetworkRequest("PR2", 4, MID_2024));
        assertThat(net.nodes()).extracting(NodeView::id).containsExactly("PR2", "INS1");
        assertThat(net.depthReached()).isEqualTo(1);
        assertThat(net.truncated()).isFalse();
    }

    @Test
    void theNetworkDefaultsToToday() {
        assertThat(registry.network(new NetworkRequest("PR1", 1, null)).asOf()).isEqualTo(LocalDate.now());
    }

    @Test
    void aHubIsCutAtTheNodeCapInIdOrderAndTheAnswerSaysSo() {
        int cap = properties.maxNetworkNodes();
        RegistryFixture.addHubClaims(driver, cap + 100);
        NetworkView net = registry.network(new NetworkRequest("PV1", 2, MID_2024));
        assertThat(net.truncated()).isTrue();
        assertThat(net.nodes()).hasSize(cap);
        assertThat(net.depthReached()).isEqualTo(1);
        // CL1 sorts before HC0000; the rest of the level is the first hub claims by id
        assertThat(net.nodes()).extracting(NodeView::id).startsWith("PV1", "CL1", "HC0000", "HC0001");
        assertThat(net.nodes().get(cap - 1).id()).isEqualTo("HC%04d".formatted(cap - 3));
        assertThat(net.edges()).hasSize(cap - 1).allMatch(e -> e.target().equals("PV1"));
    }

    @Test
    void aNetworkThatExactlyFillsTheCapIsNotTruncatedWhenNothingIsLeft() {
        int cap = properties.maxNetworkNodes();
        RegistryFixture.addHubClaims(driver, cap - 2);
        NetworkView net = registry.network(new NetworkRequest("PV1", 1, MID_2024));
        assertThat(net.nodes()).hasSize(cap);
        assertThat(net.truncated()).isFalse();
    }

    @Test
    void depthOutsideOneToFourIsABadRequestNamingTheParameter() {
        for (int depth : new int[] {0, 5}) {
            assertThatThrownBy(() -> registry.network(new NetworkRequest("PR1", depth, null)))
                    .isInstanceOfSatisfying(InvalidQueryParameter.class, e -> {
                        assertThat(e.field()).isEqualTo("depth");
                        assertThat(e.getMessage()).contains("depth");
                    });
        }
    }

    @Test
    void theShortestPathsAreAllListedWithTheirEdges() {
        PathsView view = registry.paths(new PathsRequest("PR1", "INS2", null, MID_2024));
        assertThat(view.length()).isEqualTo(2);
        assertThat(view.paths()).containsExactly(List.of("PR1", "INT1", "INS2"), List.of("PR1", "PO1", "INS2"));
        assertThat(view.details().get(0).nodes()).extracting(NodeView::type)
                .containsExactly("Practitioner", "Intermediary", "Insurer");
        assertThat(view.details().get(0).edges()).extracting(EdgeView::source, EdgeView::type, EdgeView::target)
                .containsExactly(tuple("PR1", "AFFILIATED_WITH", "INT1"), tuple("INT1", "CONTRACTED_WITH", "INS2"));
        assertThat(view.details().get(1).edges()).extracting(EdgeView::type).containsExactly("SOLD_BY", "ISSUED_BY");
        assertThat(view.maxHops()).isEqualTo(properties.defaultMaxHops());
        assertThat(view.truncated()).isFalse();
        assertThat(view.searchLimitReached()).isFalse();
    }

    @Test
    void parallelRelationshipsMakeOnePathWithBothEdges() {
        PathsView view = registry.paths(new PathsRequest("CO1", "PO1", 1, MID_2024));
        assertThat(view.paths()).containsExactly(List.of("CO1", "PO1"));
        assertThat(view.details().get(0).edges()).extracting(EdgeView::type).containsExactly("HOLDS", "INSURED_BY");
    }

    @Test
    void maxHopsLimitsHowLongAPathMayBe() {
        PathsView four = registry.paths(new PathsRequest("CO2", "INS2", 4, MID_2024));
        assertThat(four.paths()).containsExactly(List.of("CO2", "PHONE:13800138000", "CO1", "PO1", "INS2"));
        PathsView three = registry.paths(new PathsRequest("CO2", "INS2", 3, MID_2024));
        assertThat(three.paths()).isEmpty();
        assertThat(three.details()).isEmpty();
        assertThat(three.length()).isNull();
    }

    @Test
    void pathsFollowOnlyRelationshipsInForce() {
        assertThat(registry.paths(new PathsRequest("PR1", "PR2", 6, MID_2021)).paths())
                .containsExactly(List.of("PR1", "INS1", "PR2"));
        assertThat(registry.paths(new PathsRequest("PR1", "PR2", 6, MID_2024)).paths()).isEmpty();
    }

    @Test
    void badPathRequestsAreRejected() {
        assertThatThrownBy(() -> registry.paths(new PathsRequest("PR1", "INS2", 7, null)))
                .isInstanceOfSatisfying(InvalidQueryParameter.class, e -> assertThat(e.field()).isEqualTo("maxHops"));
        assertThatThrownBy(() -> registry.paths(new PathsRequest("PR1", "INS2", 0, null)))
                .isInstanceOf(InvalidQueryParameter.class);
        assertThatThrownBy(() -> registry.paths(new PathsRequest("PR1", "PR1", 2, null)))
                .isInstanceOfSatisfying(InvalidQueryParameter.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> registry.paths(new PathsRequest("PR1", "NOPE", 2, null)))
                .isInstanceOfSatisfying(EntityNotFound.class, e -> assertThat(e.entityId()).isEqualTo("NOPE"));
        assertThatThrownBy(() -> registry.paths(new PathsRequest("NOPE", "PR1", 2, null))).isInstanceOf(EntityNotFound.class);
    }

    @Test
    void searchFindsThePartiesHoldingAPhoneWrittenAnyWayOrderedByName() {
        SearchView view = registry.search(new SearchRequest("+86 138 0013 8000", null, null));
        assertThat(view.items()).extracting(SearchHit::id, SearchHit::matchedOn)
                .containsExactly(tuple("CO2", "identifier:PHONE"), tuple("CO1", "identifier:PHONE"));
    }

    @Test
    void searchMatchesNamesWhateverTheCaseAndIdsFirst() {
        assertThat(registry.search(new SearchRequest("beta", null, null)).items())
                .extracting(SearchHit::id, SearchHit::label, SearchHit::matchedOn)
                .containsExactly(tuple("INS2", "Beta Mutual", "name"));
        assertThat(registry.search(new SearchRequest("ZHANG SAN", null, null)).items()).extracting(SearchHit::id)
                .containsExactly("CO1");
        assertThat(registry.search(new SearchRequest("李", null, null)).items()).extracting(SearchHit::id)
                .containsExactly("PR2");
        assertThat(registry.search(new SearchRequest("lic-101", null, null)).items())
                .extracting(SearchHit::id, SearchHit::matchedOn).containsExactly(tuple("INT1", "licenseNo"));
        assertThat(registry.search(new SearchRequest("CL1", null, null)).items())
                .extracting(SearchHit::id, SearchHit::type, SearchHit::matchedOn).containsExactly(tuple("CL1", "Claim", "id"));
    }

    @Test
    void searchFiltersByTypeAndLimits() {
        assertThat(registry.search(new SearchRequest("a", "Consumer", null)).items()).extracting(SearchHit::id)
                .containsExactly("CO1");
        assertThat(registry.search(new SearchRequest("a", null, 2)).items()).hasSize(2);
    }

    @Test
    void badSearchesAreRejected() {
        assertThatThrownBy(() -> registry.search(new SearchRequest("  ", null, null)))
                .isInstanceOfSatisfying(InvalidQueryParameter.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThatThrownBy(() -> registry.search(new SearchRequest("a", "User", null)))
                .isInstanceOfSatisfying(InvalidQueryParameter.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> registry.search(new SearchRequest("a", null, 0)))
                .isInstanceOfSatisfying(InvalidQueryParameter.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @Test
    void marketStatisticsCountPartiesByTypeKindAndStatusAndPoliciesAndClaimsByMonth() {
        RegistryFixture.addHubClaims(driver, 2);
        MarketStatisticsView stats = registry.marketStatistics();
        assertThat(stats.parties()).containsExactly(
                new MarketStatisticsView.PartyCount("Consumer", "PERSON", null, 2),
                new MarketStatisticsView.PartyCount("Insurer", null, "ACTIVE", 2),
                new MarketStatisticsView.PartyCount("Intermediary", "AGENCY", "ACTIVE", 1),
                new MarketStatisticsView.PartyCount("Practitioner", "AGENT", "ACTIVE", 2),
                new MarketStatisticsView.PartyCount("Provider", "GARAGE", null, 1));
        assertThat(stats.policies()).containsExactly(new MarketStatisticsView.PolicyMonth("2024-01", "AUTO", "ACTIVE", 1, 1200.0));
        assertThat(stats.claims()).containsExactly(
                new MarketStatisticsView.ClaimMonth("2024-02", "PAID", 2, 200.0),
                new MarketStatisticsView.ClaimMonth("2024-03", "OPEN", 1, 12000.0));
    }
}
