package io.credlink.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;

import io.credlink.CredLinkTest;

/**
 * The stored publications are read while listeners complete (delete) them: Neo4j reads committed
 * data, so a node deleted by another transaction in the middle of a query reads with no
 * properties. The repository must leave such publications out rather than fail.
 */
@CredLinkTest
class StoredPublicationsReadTest {

    @Autowired
    Driver driver;

    @Autowired
    EventPublicationRepository publications;

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (e:EventPublication) WHERE e.listenerId = 'test.Listener' DETACH DELETE e").execute();
    }

    @Test
    void publicationsCompletedWhileTheyAreListedAreLeftOut() throws InterruptedException {
        driver.executableQuery("""
                UNWIND range(1, 400) AS i
                CREATE (:EventPublication {id: randomUUID(), listenerId: 'test.Listener', eventType: 'java.lang.String',
                        serializedEvent: '"event ' + i + '"', publicationDate: datetime() - duration({hours: 1}) + duration({seconds: i}),
                        status: 'PUBLISHED', completionAttempts: 0, n: i})
                """).execute();
        Thread completions = new Thread(() -> {
            for (int i = 1; i <= 400; i++) {
                driver.executableQuery("MATCH (e:EventPublication {listenerId: 'test.Listener', n: $n}) DELETE e")
                        .withParameters(Map.of("n", i)).execute();
            }
        });
        completions.start();
        try {
            while (completions.isAlive()) {
                List<TargetEventPublication> stored = publications.findIncompletePublications();
                assertThat(stored).allSatisfy(p -> assertThat(p.getIdentifier()).isNotNull());
            }
        } finally {
            completions.join();
        }
    }
}
