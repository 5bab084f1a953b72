package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessProperties;
import io.credlink.access.CurrentUser;
import io.credlink.access.Role;
import io.credlink.graph.CypherCatalog;

/** The group-commit writer of the audit trail, on its own (not the application's instance). */
@CredLinkTest
class AuditLogTest {

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalog catalog;

    @Autowired
    AccessProperties properties;

    private final CurrentUser user = new CurrentUser("audit-log-test", Role.ANALYST, Optional.empty(), Optional.empty());

    @Test
    void aWaitingCallReturnsOnceItsEntriesAreCommitted() throws Exception {
        AuditLog log = new AuditLog(driver, catalog, properties);
        log.start();
        try {
            String id = "AUD-LOG-" + System.nanoTime();
            List<String> ids = List.of(id + "-a", id + "-b", id + "-c");
            assertThat(log.appendAndAwait(user, "GET /test", ids, "group commit", 200)).isTrue();
            log.flush();
            assertThat(count(id)).isEqualTo(3);
        } finally {
            log.stop();
        }
    }

    @Test
    void anAnswersStringsGiveOneEntryPerPartyAmongThemInTheSameWrite() throws Exception {
        String id = "AUD-DISC-" + System.nanoTime();
        driver.executableQuery("CREATE (:Entity:Party:Consumer {id: $a}), (:Entity:Party:Consumer {id: $b}), "
                + "(:Entity:Policy {id: $policy})").withParameters(Map.of("a", id + "-a", "b", id + "-b",
                        "policy", id + "-policy")).execute();
        AuditLog log = new AuditLog(driver, catalog, properties);
        log.start();
        try {
            // named: the request's id; disclosed: two parties, a policy, a word and a party twice
            assertThat(log.appendAndAwait(user, "GET /test", List.of(id + "-named"),
                    List.of(id + "-a", id + "-b", id + "-policy", "Consumer", id + "-a"), "disclosure", 200)).isTrue();
            log.flush();
            assertThat(entityIds(id)).containsExactlyInAnyOrder(id + "-named", id + "-a", id + "-b");
            // nothing named and no party among the strings: one entry without entity, as before
            String purpose = "nothing-" + id;
            assertThat(log.appendAndAwait(user, "GET /test", List.of(), List.of("Consumer", "B"), purpose, 200))
                    .isTrue();
            log.flush();
            assertThat(driver.executableQuery("MATCH (a:AuditEntry {purpose: $p}) RETURN count(a) AS n, "
                    + "count(a.entityId) AS withId").withParameters(Map.of("p", purpose)).execute().records().get(0)
                    .get("n").asLong()).isEqualTo(1);
            // nothing named, a party disclosed: its entry only
            assertThat(log.appendAndAwait(user, "GET /search", List.of(), List.of("x", id + "-b"), "found-" + id, 200))
                    .isTrue();
            log.flush();
            assertThat(driver.executableQuery("MATCH (a:AuditEntry {purpose: $p}) RETURN collect(a.entityId) AS ids")
                    .withParameters(Map.of("p", "found-" + id)).execute().records().get(0).get("ids").asList())
                    .containsExactly(id + "-b");
        } finally {
            log.stop();
            driver.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $id DETACH DELETE n")
                    .withParameters(Map.of("id", id)).execute();
        }
    }

    @Test
    void answersWrittenTogetherShareTheLookUpOfTheirStringsButEachGetsItsOwnParties() throws Exception {
        String id = "AUD-GROUP-" + System.nanoTime();
        driver.executableQuery("CREATE (:Entity:Party:Consumer {id: $a}), (:Entity:Party:Consumer {id: $b}), "
                + "(:Entity:Party:Consumer {id: $c})").withParameters(Map.of("a", id + "-a", "b", id + "-b",
                        "c", id + "-c")).execute();
        // no writer thread: the three answers stay queued and stop() writes them in one batch
        AuditLog log = new AuditLog(driver, catalog, properties);
        try {
            log.append(user, "GET /one", List.of(), List.of("entityId", id + "-a", id + "-b", "grade"), id + "-1", 200);
            log.append(user, "GET /two", List.of(), List.of("grade", id + "-b", id + "-c", id + "-b", "entityId"),
                    id + "-2", 200);
            log.append(user, "GET /three", List.of(), List.of("grade", "entityId"), id + "-3", 200);
        } finally {
            log.stop();
        }
        assertThat(entityIdsByPurpose(id + "-1")).containsExactlyInAnyOrder(id + "-a", id + "-b");
        assertThat(entityIdsByPurpose(id + "-2")).containsExactlyInAnyOrder(id + "-b", id + "-c");
        // no party among its strings, nothing named: one entry without entity
        assertThat(driver.executableQuery("MATCH (a:AuditEntry {purpose: $p}) RETURN count(a) AS n, "
                + "count(a.entityId) AS withId").withParameters(Map.of("p", id + "-3")).execute().records().get(0)
                .get("n").asLong()).isEqualTo(1);
        assertThat(entityIdsByPurpose(id + "-3")).isEmpty();
        driver.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $id DETACH DELETE n")
                .withParameters(Map.of("id", id)).execute();
    }

    private List<Object> entityIdsByPurpose(String purpose) {
        return driver.executableQuery("MATCH (a:AuditEntry {purpose: $p}) RETURN collect(a.entityId) AS ids")
                .withParameters(Map.of("p", purpose)).execute().records().get(0).get("ids").asList();
    }

    private List<String> entityIds(String prefix) {
        return driver.executableQuery("MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH $p RETURN a.entityId AS id")
                .withParameters(Map.of("p", prefix)).execute().records().stream().map(r -> r.get("id").asString())
                .toList();
    }

    @Test
    void entriesStillQueuedAtShutdownAreWritten() throws Exception {
        // no writer thread: the entries stay on the queue until stop() drains it
        AuditLog log = new AuditLog(driver, catalog, properties);
        String id = "AUD-STOP-" + System.nanoTime();
        AuditLog.Pending pending = log.append(user, "GET /test", List.of(id + "-a", id + "-b"), null, 200);
        assertThat(count(id)).isZero();
        log.stop();
        assertThat(count(id)).isEqualTo(2);
        assertThat(log.await(pending)).isTrue();
    }

    @Test
    void concurrentCallsOnSeveralWritersAreAllCommittedAndFlushWaitsForEveryEarlierEntry() throws Exception {
        AccessProperties.Audit a = properties.audit();
        AuditLog log = new AuditLog(driver, catalog, new AccessProperties.Audit(a.queueCapacity(), a.batchSize(), a.maxWait(), 3, a.journalSegment(), a.replayInterval()));
        log.start();
        String id = "AUD-MW-" + System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> calls = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                calls.add(pool.submit(() -> {
                    boolean all = true;
                    for (int i = 0; i < 25; i++) {
                        all &= log.appendAndAwait(user, "GET /test", List.of(id + "-" + thread + "-" + i), null, 200);
                    }
                    return all;
                }));
            }
            for (java.util.concurrent.Future<Boolean> c : calls) {
                assertThat(c.get()).isTrue();
            }
            log.flush();
            assertThat(count(id)).isEqualTo(200);
            // appended without waiting: flush returns only once they are stored
            for (int i = 0; i < 50; i++) {
                log.append(user, "GET /test", List.of(id + "-late-" + i), null, 200);
            }
            log.flush();
            assertThat(count(id + "-late-")).isEqualTo(50);
        } finally {
            pool.shutdownNow();
            log.stop();
        }
    }

    @Test
    void theReplayGathersEntriesForItsIntervalButWritesAWholeBatchAtOnce() throws Exception {
        AccessProperties.Audit a = properties.audit();
        // an interval no test waits out: what reaches the graph early was written for another reason
        AuditLog log = new AuditLog(driver, catalog, new AccessProperties.Audit(a.queueCapacity(), 20, a.maxWait(), 1,
                a.journalSegment(), java.time.Duration.ofHours(1)));
        log.start();
        String id = "AUD-GATHER-" + System.nanoTime();
        try {
            // fewer than a batch: journaled (the call returns), then gathered, not written yet
            for (int i = 0; i < 5; i++) {
                assertThat(log.appendAndAwait(user, "GET /test", List.of(id + "-few-" + i), null, 200)).isTrue();
            }
            Thread.sleep(300);
            assertThat(count(id + "-few-")).isZero();
            // a search does not wait for the interval
            log.flush();
            assertThat(count(id + "-few-")).isEqualTo(5);
            // more than a batch waiting: written without waiting for the interval
            for (int i = 0; i < 45; i++) {
                assertThat(log.appendAndAwait(user, "GET /test", List.of(id + "-many-" + i), null, 200)).isTrue();
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (count(id + "-many-") < 40 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(count(id + "-many-")).isGreaterThanOrEqualTo(40);
        } finally {
            log.stop();
        }
        assertThat(count(id + "-many-")).isEqualTo(45);
    }

    private long count(String prefix) {
        return driver.executableQuery("MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH $p RETURN count(a) AS n")
                .withParameters(Map.of("p", prefix)).execute().records().get(0).get("n").asLong();
    }
}
