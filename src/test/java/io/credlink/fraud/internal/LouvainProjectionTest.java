package io.credlink.fraud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;

/**
 * The Louvain split of large groups: links projected from parameter lists with the scan's party
 * indexes as node ids come back under the same ids, split into their dense parts.
 */
@CredLinkTest
class LouvainProjectionTest {

    @Autowired
    FraudQueries queries;

    @Test
    void twoCliquesJoinedByOneWeakLinkAreTwoCommunitiesUnderTheGivenIds() {
        // parties 10..14 and 20..24 are two cliques (weight 1), joined by one link 14-20 of 0.3
        List<Long> sources = new java.util.ArrayList<>();
        List<Long> targets = new java.util.ArrayList<>();
        List<Double> weights = new java.util.ArrayList<>();
        for (long base : new long[] {10, 20}) {
            for (long a = base; a < base + 5; a++) {
                for (long b = a + 1; b < base + 5; b++) {
                    sources.add(a);
                    targets.add(b);
                    weights.add(1.0);
                }
            }
        }
        sources.add(14L);
        targets.add(20L);
        weights.add(0.3);
        String graph = "fraud-links-louvain-test";
        Map<Long, Long> community = new HashMap<>();
        try {
            Record projected = queries.call("projectLouvainLinks", Map.of("graphName", graph, "sources", sources,
                    "targets", targets, "weights", weights)).get(0);
            assertThat(projected.get("nodeCount").asLong()).isEqualTo(10);
            for (Record r : queries.call("streamLinkCommunities", Map.of("graphName", graph))) {
                community.put(r.get("party").asLong(), r.get("communityId").asLong());
            }
        } finally {
            queries.call("dropProjection", Map.of("graphName", graph));
        }

        assertThat(community).containsOnlyKeys(10L, 11L, 12L, 13L, 14L, 20L, 21L, 22L, 23L, 24L);
        assertThat(List.of(11L, 12L, 13L, 14L)).allSatisfy(p -> assertThat(community.get(p)).isEqualTo(community.get(10L)));
        assertThat(List.of(21L, 22L, 23L, 24L)).allSatisfy(p -> assertThat(community.get(p)).isEqualTo(community.get(20L)));
        assertThat(community.get(10L)).isNotEqualTo(community.get(20L));
    }
}
