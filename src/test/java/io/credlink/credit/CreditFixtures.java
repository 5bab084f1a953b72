package io.credlink.credit;

import java.util.List;

import org.neo4j.driver.Driver;

import io.credlink.GraphFixtures;

/**
 * A small graph for the credit module. Sanctions are open-ended, so they are in force today.
 *
 * <pre>
 * Chain of firms:  P2 (blacklisted, S-P2) -AFFILIATED_WITH AGENT-> AG2 <-CONTRACTED_WITH- ... AG2 -CONTRACTED_WITH-> INS2 <-AFFILIATED_WITH- P3
 *                  (AG2 is 1 hop from P2, INS2 2 hops, P3 3 hops)
 * Consumers:       C4 (blacklisted, S-C4) shares BANK with C5; C5 shares PHONE-5 with C6 (4 hops from C4)
 *                  C1 filed CL1 (FRAUD) on POL1 (issued by INS1, via AG1, sold by P1), serviced by H1; C1 shares PHONE-1 with C2
 *                  C7 and C8 share PHONE-7 (no records)
 * Firms:           INS1 with an AWARD; AG1 with a COMPLAINT; P1 EXECUTIVE of AG1, which has a FINE (S-AG1)
 * </pre>
 */
public final class CreditFixtures {

    public static final List<String> CONSUMERS = List.of("C1", "C2", "C4", "C5", "C6", "C7", "C8");
    public static final List<String> PRACTITIONERS = List.of("P1", "P2", "P3");
    public static final List<String> INSURERS = List.of("INS1", "INS2");
    public static final List<String> INTERMEDIARIES = List.of("AG1", "AG2");
    public static final List<String> PROVIDERS = List.of("H1");

    private CreditFixtures() {
    }

    /** Waits until the scores have caught up with every change so far (recomputations run after commit). */
    public static void awaitScores(io.credlink.graph.BackgroundWork work) {
        org.assertj.core.api.Assertions.assertThat(work.awaitIdle(java.time.Duration.ofMinutes(2)))
                .as("background recomputations done").isTrue();
    }

    public static void build(Driver driver) {
        driver.executableQuery("""
                CREATE (ins1:Entity:Party:Insurer {id: 'INS1', name: 'Alpha Insurance', licenseNo: 'L-1', status: 'ACTIVE'})
                CREATE (ins2:Entity:Party:Insurer {id: 'INS2', name: 'Beta Insurance', licenseNo: 'L-2', status: 'ACTIVE'})
                CREATE (ag1:Entity:Party:Intermediary {id: 'AG1', name: 'One Agency', kind: 'AGENCY', status: 'ACTIVE'})
                CREATE (ag2:Entity:Party:Intermediary {id: 'AG2', name: 'Two Brokers', kind: 'BROKER', status: 'ACTIVE'})
                CREATE (p1:Entity:Party:Practitioner {id: 'P1', name: 'Person One', kind: 'EXECUTIVE', status: 'ACTIVE'})
                CREATE (p2:Entity:Party:Practitioner {id: 'P2', name: 'Person Two', kind: 'AGENT', status: 'ACTIVE'})
                CREATE (p3:Entity:Party:Practitioner {id: 'P3', name: 'Person Three', kind: 'AGENT', status: 'ACTIVE'})
                CREATE (h1:Entity:Party:Provider {id: 'H1', name: 'Garage', kind: 'GARAGE'})
                CREATE (ag1)-[:CONTRACTED_WITH {from: date('2020-01-01')}]->(ins1)
                CREATE (ag2)-[:CONTRACTED_WITH {from: date('2020-01-01')}]->(ins2)
                CREATE (p1)-[:AFFILIATED_WITH {role: 'EXECUTIVE', from: date('2020-01-01')}]->(ag1)
                CREATE (p2)-[:AFFILIATED_WITH {role: 'AGENT', from: date('2020-01-01')}]->(ag2)
                CREATE (p3)-[:AFFILIATED_WITH {role: 'AGENT', from: date('2020-01-01')}]->(ins2)
                WITH ins1, ag1, p1, h1
                UNWIND ['C1', 'C2', 'C4', 'C5', 'C6', 'C7', 'C8'] AS cid
                CREATE (:Entity:Party:Consumer {id: cid, name: 'Consumer ' + cid, kind: 'PERSON'})
                WITH DISTINCT ins1, ag1, p1, h1
                MATCH (c1:Consumer {id: 'C1'})
                CREATE (pol:Entity:Policy {id: 'POL1', line: 'AUTO', startDate: date('2023-01-01'), status: 'ACTIVE'})
                CREATE (c1)-[:HOLDS]->(pol)
                CREATE (pol)-[:ISSUED_BY]->(ins1)
                CREATE (pol)-[:VIA]->(ag1)
                CREATE (pol)-[:SOLD_BY]->(p1)
                CREATE (cl:Entity:Claim {id: 'CL1', incidentDate: date('2024-03-01'), reportedDate: date('2024-03-02'),
                        amount: 12000.0, status: 'FRAUD'})
                CREATE (cl)-[:ON_POLICY]->(pol)
                CREATE (c1)-[:FILED]->(cl)
                CREATE (cl)-[:SERVICED_BY]->(h1)
                """).execute();
        driver.executableQuery("""
                UNWIND [['PHONE:1', 'PHONE', ['C1', 'C2']], ['BANK_ACCOUNT:4', 'BANK_ACCOUNT', ['C4', 'C5']],
                        ['PHONE:5', 'PHONE', ['C5', 'C6']], ['PHONE:7', 'PHONE', ['C7', 'C8']]] AS i
                CREATE (id:Entity:Identifier {id: i[0], kind: i[1], value: substring(i[0], size(i[1]) + 1)})
                WITH id, i
                UNWIND i[2] AS pid
                MATCH (p:Party {id: pid})
                CREATE (p)-[:HAS_IDENTIFIER]->(id)
                """).execute();
        driver.executableQuery("""
                UNWIND [['S-P2', 'P2', 'BAN_FROM_INDUSTRY', 5, true], ['S-C4', 'C4', 'OTHER', 4, true],
                        ['S-AG1', 'AG1', 'FINE', 3, false]] AS s
                MATCH (p:Party {id: s[1]})
                CREATE (x:Entity:Sanction {id: s[0], authority: 'NFRA', kind: s[2], severity: s[3], blacklist: s[4],
                        decidedOn: date('2024-01-01'), effectiveFrom: date('2024-01-10'), withdrawn: false, disputed: false})
                CREATE (x)-[:AGAINST]->(p)
                """).execute();
        driver.executableQuery("""
                UNWIND [['R-INS1', 'INS1', 'AWARD', 4, false], ['R-AG1', 'AG1', 'COMPLAINT', 2, true]] AS r
                MATCH (p:Party {id: r[1]})
                CREATE (x:Entity:CreditRecord {id: r[0], kind: r[2], date: date('2024-05-01'), severity: r[3], disputed: r[4]})
                CREATE (x)-[:ABOUT]->(p)
                """).execute();
        io.credlink.FixtureWrites.announce("CreditFixtures");
    }

    public static void clear(Driver driver) {
        GraphFixtures.deleteDomainData(driver);
        io.credlink.FixtureWrites.announce("CreditFixtures");
    }
}
