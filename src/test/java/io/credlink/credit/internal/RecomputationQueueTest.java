package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.CredLinkTest;
import io.credlink.MovableClock;
import io.credlink.credit.CreditFixtures;
import io.credlink.credit.CreditProperties;
import io.credlink.credit.RecomputationQueueView;
import io.credlink.credit.RecomputationRunView;
import io.credlink.graph.BackgroundWork;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionRecorded;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;

/**
 * The recomputation queue on the real graph: merging, a burst within the settle delay, a run cut
 * short by a stop, an event delivered again.
 */
@CredLinkTest
class RecomputationQueueTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Driver driver;

    @Autowired
    RecomputationQueue queue;

    @Autowired
    DefaultCreditService credit;

    @Autowired
    BackgroundWork background;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Neo4jClient client;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    SanctionService sanctions;

    @Autowired
    CreditProperties properties;

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        credit.recomputeAll(TODAY);
    }

    @AfterEach
    void clean() {
        CreditFixtures.clear(driver);
    }

    RecomputationRunView runHolding(String trigger) {
        return credit.recomputations(100).runs().stream().filter(r -> r.triggers().contains(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no run holds " + trigger));
    }

    @Test
    void changesQueuedTogetherCostOneRecomputationAroundAllTheirParties() {
        transactions.executeWithoutResult(status -> {
            queue.submit("burst 1", "Test", List.of("C7"), false);
            queue.submit("burst 2", "Test", List.of("C8"), false);
            queue.submit("burst 3", "Test", List.of("C6", "C7"), false);
        });
        CreditFixtures.awaitScores(background);

        RecomputationRunView run = runHolding("burst 1");
        assertThat(run.triggers()).containsExactly("burst 1", "burst 2", "burst 3");
        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.parties()).isEqualTo(3);
        assertThat(run.result().mode()).isEqualTo("INCREMENTAL");
        assertThat(run.result().scored()).isGreaterThanOrEqualTo(3);
        assertThat(credit.recomputations(100).runs()).filteredOn(r -> r.triggers().contains("burst 2")).hasSize(1);
    }

    @Test
    void anImportAmongTheQueuedChangesMakesTheRunFull() {
        transactions.executeWithoutResult(status -> {
            queue.submit("sanction first", "Test", List.of("C7"), false);
            queue.submit("import after", "Test", List.of(), true);
        });
        CreditFixtures.awaitScores(background);

        RecomputationRunView run = runHolding("import after");
        assertThat(run.full()).isTrue();
        assertThat(run.result().mode()).isEqualTo("FULL");
        assertThat(run.triggers()).containsExactly("sanction first", "import after");
    }

    @Test
    void aRunTheProcessDidNotFinishRunsAgainAfterARestart() {
        // what a stop in the middle of a run leaves: requests RUNNING under a run nobody finishes
        driver.executableQuery("""
                CREATE (:CreditRecomputationRequest {id: 'cut-short', trigger: 'cut short', event: 'Test',
                        partyIds: ['C7'], full: false, requestedAt: datetime(), state: 'RUNNING', runId: 'gone',
                        startedAt: datetime()})
                """).execute();

        assertThat(queue.requeueUnfinished()).isEqualTo(1);
        CreditFixtures.awaitScores(background);

        RecomputationRunView run = runHolding("cut short");
        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.runId()).isNotEqualTo("gone");
    }

    @Test
    void anEventWhoseListenerDidNotFinishIsDeliveredAgainAndQueuesItsRecomputation() {
        // the credit listener's id, as the registry stores it with a real publication (rolled back here)
        String listener = transactions.execute(status -> {
            sanctions.record(new SanctionRequest("S-PROBE", "C7", "NFRA", SanctionKind.FINE, 3, false, TODAY,
                    TODAY, null, "probe"), "tester");
            status.setRollbackOnly();
            // other modules listen to the event too (monitoring): the credit listener's publication
            return client.query("MATCH (e:EventPublication) WHERE e.eventType ENDS WITH 'SanctionRecorded' "
                    + "AND e.listenerId CONTAINS 'CreditEvents' RETURN e.listenerId AS id").fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).one()
                    .orElseThrow();
        });
        assertThat(listener).contains("CreditEvents");
        // what a process that stopped before the listener ran leaves behind: a stored, incomplete publication
        transactions.executeWithoutResult(status -> publications.create(TargetEventPublication.of(
                new SanctionRecorded("S-LOST", "C7", true), PublicationTargetIdentifier.of(listener))));
        assertThat(count("MATCH (e:EventPublication) RETURN count(e)")).isEqualTo(1);

        incomplete.resubmitIncompletePublications(p -> true); // what a start does
        CreditFixtures.awaitScores(background);

        assertThat(runHolding("sanction S-LOST recorded").state()).isEqualTo("DONE");
        assertThat(count("MATCH (e:EventPublication) RETURN count(e)")).isZero();
    }

    @Test
    void aBurstOfSanctionsWithinTheSettleDelayCostsOneRecomputation() throws InterruptedException {
        // the worker tells the settle delay by this clock: while it stands still, the burst has not settled
        MovableClock clock = new MovableClock(Instant.now());
        queue.useClock(clock);
        try {
            for (int i = 0; i < 50; i++) {
                sanctions.record(new SanctionRequest("S-BURST-" + i, i % 2 == 0 ? "C7" : "C8", "NFRA", SanctionKind.FINE, 3,
                        false, TODAY, TODAY, null, "one of a burst"), "tester");
            }
            // every sanction's listener queues its request after the sanction's commit, on its own thread
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (queue.open()[0] < 50 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(queue.open()).as("{pending, running} before the delay passed").containsExactly(50, 0);

            clock.advance(properties.recomputationQueue().settle());
            queue.useClock(clock); // wakes the worker to look at the clock again
            CreditFixtures.awaitScores(background);
        } finally {
            queue.useClock(Clock.systemUTC());
        }

        List<RecomputationRunView> runs = credit.recomputations(100).runs().stream()
                .filter(r -> r.triggers().stream().anyMatch(t -> t.startsWith("sanction S-BURST-"))).toList();
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.triggers()).hasSize(50);
            assertThat(run.state()).isEqualTo("DONE");
            assertThat(run.result().mode()).isEqualTo("INCREMENTAL");
        });
    }

    @Test
    void theListOfRunsAnswersWhileOldRunsArePruned() throws InterruptedException {
        // finished runs beyond those kept are deleted after every run, while callers may be listing
        driver.executableQuery("""
                UNWIND range(1, 400) AS i
                CREATE (:CreditRecomputationRequest {id: 'old-' + i, trigger: 'old ' + i, event: 'Test', partyIds: ['C7'],
                        full: false, requestedAt: datetime() - duration({days: 1}) + duration({seconds: i}),
                        state: 'DONE', runId: 'old-run-' + i, startedAt: datetime() - duration({days: 1}) + duration({seconds: i}),
                        finishedAt: datetime() - duration({days: 1}) + duration({seconds: i}), mode: 'INCREMENTAL',
                        asOf: date(), computedAt: datetime(), scored: 1, changed: 0, riskSources: 0, tookMs: 1})
                """).execute();
        Thread pruner = new Thread(() -> {
            for (int i = 1; i <= 400; i++) {
                driver.executableQuery("MATCH (r:CreditRecomputationRequest {id: $id}) DETACH DELETE r")
                        .withParameters(Map.of("id", "old-" + i)).execute();
            }
        });
        pruner.start();
        try {
            while (pruner.isAlive()) {
                RecomputationQueueView view = credit.recomputations(50);
                assertThat(view.runs()).allSatisfy(run -> {
                    assertThat(run.state()).isNotNull();
                    assertThat(run.triggers()).isNotEmpty().doesNotContainNull();
                });
            }
        } finally {
            pruner.join();
        }
    }

    long count(String query) {
        return driver.executableQuery(query).withParameters(Map.of()).execute().records().get(0).get(0).asLong();
    }
}
