package io.credlink;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.neo4j.driver.Driver;

/** Test data on the shared embedded graph; every domain node carries :Entity. */
public final class GraphFixtures {

    private GraphFixtures() {
    }

    /**
     * Removes the domain data (not users, migrations or the audit trail), once the work a test's
     * changes set off after commit is done (a recomputation still running would write into the
     * next test's data).
     */
    public static void deleteDomainData(Driver driver) {
        awaitBackgroundWork(driver);
        driver.executableQuery("MATCH (n:Entity) DETACH DELETE n").execute();
        // history of sanctions (early ends) is kept beside them, not as entities
        driver.executableQuery("MATCH (n:SanctionChange) DETACH DELETE n").execute();
        // stored credit scores, their history and the last recomputations (credit module)
        driver.executableQuery("MATCH (n:CreditScore|CreditScoreSnapshot|CreditRecomputation) DETACH DELETE n").execute();
        // objections and measure feedback of the sanction module are not entities either
        driver.executableQuery("MATCH (n:Objection|MeasureFeedback) DETACH DELETE n").execute();
        // the fraud module's alerts, scans, cases and notes
        driver.executableQuery("MATCH (n) WHERE n:FraudAlert OR n:FraudScan OR n:FraudCase OR n:FraudCaseNote DETACH DELETE n")
                .execute();
        // person decisions and runs of entity resolution
        driver.executableQuery("MATCH (n:ResolutionDecision|ResolutionRun) DETACH DELETE n").execute();
        io.credlink.FixtureWrites.announce("GraphFixtures.deleteDomainData");
    }

    /**
     * Waits until no module event waits for its listener (stored publications) and no credit
     * recomputation is pending or running: what {@code graph.BackgroundWork} says, read from the
     * graph so that it needs no application context.
     */
    public static void awaitBackgroundWork(Driver driver) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (driver.executableQuery("""
                RETURN COUNT { MATCH (e:EventPublication) } + COUNT {
                         MATCH (r:CreditRecomputationRequest) WHERE r.state IN ['PENDING', 'RUNNING']
                       } AS open
                """).execute().records().get(0).get("open").asLong() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("work after commit still pending after 2 minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
