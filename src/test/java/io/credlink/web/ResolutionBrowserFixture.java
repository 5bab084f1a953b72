package io.credlink.web;

import java.io.IOException;
import java.nio.file.Files;

import org.neo4j.driver.Driver;

import io.credlink.resolution.ResolutionFixture;
import tools.jackson.databind.JsonNode;

/** What the resolution browser tests add to {@code ResolutionFixture}: pairs in the review queue. */
final class ResolutionBrowserFixture {

    private ResolutionBrowserFixture() {
    }

    /** The resolution test fixture alone in the graph (one person at two insurers), with pairs queued for review. */
    static void create(Explorer explorer) throws IOException {
        explorer.imported(ResolutionFixture.write(Files.createTempDirectory("resolution-fixture")));
        queueForReview(explorer.driver());
    }

    /**
     * Queues 27 pairs of the background population for review (two pages of the review view), as a run stores a POSSIBLE link
     * (score, evidence as parallel lists whose weights add up to the score's logit), whatever the
     * model learnt from this small population.
     */
    static void queueForReview(Driver driver) {
        driver.executableQuery("""
                UNWIND [['RZ-1', 'RZ-2', 0.81], ['RZ-3', 'RZ-4', 0.62], ['RZ-5', 'RZ-6', 0.44]]
                       + [i IN range(0, 23) | ['RZ-' + (100 + 2 * i), 'RZ-' + (101 + 2 * i), 0.40 - i * 0.004]] AS pair
                MATCH (a:Party {id: pair[0]}), (b:Party {id: pair[1]})
                MERGE (a)-[r:SAME_AS]->(b)
                SET r.score = pair[2], r.decision = 'POSSIBLE', r.fields = ['name', 'phone', 'idNumber'],
                    r.levels = ['CLOSE', 'EXACT', 'CLOSE'], r.weights = [4.2, 9.5, 2.0],
                    r.priorWeight = log(pair[2] / (1 - pair[2])) / log(2) - 15.7
                """).execute();
    }

    static JsonNode match(JsonNode matches, String entityId) {
        for (JsonNode m : matches.get("items")) {
            if (m.get("entityId").asString().equals(entityId)) {
                return m;
            }
        }
        throw new AssertionError(entityId + " not among " + matches);
    }
}
