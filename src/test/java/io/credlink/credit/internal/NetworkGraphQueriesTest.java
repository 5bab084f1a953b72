package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.credit.CreditFixtures;

/**
 * The three reads the network walks take of the real graph agree on its links: every node's
 * degree counts at least its distinct neighbours, and its party degree is the number of those
 * that are parties (what the exposure walk bounds its batches by).
 */
@CredLinkTest
class NetworkGraphQueriesTest {

    @Autowired
    Driver driver;

    @Autowired
    CreditQueries queries;

    @Test
    void degreesNeighboursAndPartyDegreesAgree() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        try {
            assertAgreeOnEveryNode();
        } finally {
            CreditFixtures.clear(driver);
        }
    }

    private void assertAgreeOnEveryNode() {
        List<String> ids = driver.executableQuery("MATCH (n:Entity) RETURN n.id AS id").execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
        Map<String, List<NetworkPropagation.Neighbour>> neighbours = queries.neighbours(ids);
        Map<String, Integer> degrees = queries.degrees(ids);
        Map<String, Integer> parties = queries.partyDegrees(ids);

        assertThat(ids).isNotEmpty();
        assertThat(parties.values()).anyMatch(n -> n > 1);
        for (String id : ids) {
            List<NetworkPropagation.Neighbour> ns = neighbours.getOrDefault(id, List.of());
            assertThat(degrees.get(id)).as("degree of %s", id).isGreaterThanOrEqualTo(ns.size());
            assertThat(parties.get(id)).as("party degree of %s", id)
                    .isEqualTo((int) ns.stream().filter(NetworkPropagation.Neighbour::party).count());
        }
    }
}
