package io.credlink;

import org.neo4j.driver.Driver;

/** Test data on the shared embedded graph; every domain node carries :Entity. */
public final class GraphFixtures {

    private GraphFixtures() {
    }

    /** Removes the domain data (not users, migrations or the audit trail). */
    public static void deleteDomainData(Driver driver) {
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
    }
}
