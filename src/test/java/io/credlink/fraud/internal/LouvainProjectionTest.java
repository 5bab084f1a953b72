package io.credlink.fraud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;

/**
 * The Louvain split of large groups: links projected from parameter lists of party ids come back
 * under the same ids, split into their dense parts.
 */
@CredLinkTest
class LouvainProjectionTest {

    @Autowired
    FraudQueries queries;

    @Autowired
    Driver driver;

    @BeforeEach
    void parties() {
        driver.executableQuery("UNWIND range(10, 24) AS k CREATE (:Entity:Party:Consumer {id: 'LV-' + k})").execute();
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (p:Party) WHERE p.id STARTS WITH 'LV-' DETACH DELETE p").execute();
    }

    @Test
    void twoCliquesJoinedByOneWeakLinkAreTwoCommunitiesUnderTheGivenIds() {
        // parties 10..14 and 20..24 are two cliques (weight 1), joined by one link 14-20 of 0.3
        List<String> sources = new java.util.ArrayList<>();
        List<String> targets = new java.util.ArrayList<>();
        List<Double> weights = new java.util.ArrayList<>();
        for (long base : new long[] {10, 20}) {
            for (long a = base; a < base + 5; a++) {
                for (long b = a + 1; b < base + 5; b++) {
                    sources.add("LV-" + a);
                    targets.add("LV-" + b);
                    weights.add(1.0);
                }
            }
        }
        sources.add("LV-14");
        targets.add("LV-20");
        weights.add(0.3);
        String graph = "fraud-links-louvain-test";
        Map<String, Long> community = new HashMap<>();
        try {
            Record projected = queries.call("projectLouvainLinks", Map.of("graphName", graph, "sources", sources,
                    "targets", targets, "weights", weights)).get(0);
            assertThat(projected.get("nodeCount").asLong()).isEqualTo(10);
            for (Record r : queries.call("streamLinkCommunities", Map.of("graphName", graph))) {
                community.put(r.get("partyId").asString(), r.get("communityId").asLong());
            }
        } finally {
            queries.call("dropProjection", Map.of("graphName", graph));
        }

        assertThat(community).containsOnlyKeys("LV-10", "LV-11", "LV-12", "LV-13", "LV-14", "LV-20", "LV-21", "LV-22",
                "LV-23", "LV-24");
        assertThat(List.of("LV-11", "LV-12", "LV-13", "LV-14"))
                .allSatisfy(p -> assertThat(community.get(p)).isEqualTo(community.get("LV-10")));
        assertThat(List.of("LV-21", "LV-22", "LV-23", "LV-24"))
                .allSatisfy(p -> assertThat(community.get(p)).isEqualTo(community.get("LV-20")));
        assertThat(community.get("LV-10")).isNotEqualTo(community.get("LV-20"));
    }
}
