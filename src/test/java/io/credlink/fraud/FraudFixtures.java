package io.credlink.fraud;

import org.neo4j.driver.Driver;

import io.credlink.GraphFixtures;

/**
 * A small graph with one positive case of every detector, near misses of each, and the honest
 * controls of DESIGN.md: a family sharing an address, a busy garage with many honest customers,
 * a busy agent and a large broker with normal cancellations.
 */
public final class FraudFixtures {

    /** REPEAT_CLAIM: one vehicle (plate 苏A-RC001) on two policies at two insurers, claimed two days apart. */
    public static final String[] REPEAT_BY_SUBJECT = {"F-CL-RC1", "F-CL-RC2"};
    /** REPEAT_CLAIM: one invoice claimed twice, 50 days apart. */
    public static final String[] REPEAT_BY_INVOICE = {"F-CL-INV1", "F-CL-INV2"};
    /** INSURE_AFTER_LOSS: incident three days after the start. */
    public static final String[] INSURE_AFTER_LOSS = {"F-CL-IAL", "F-POL-IAL"};
    /** FAKE_POLICY: unconfirmed, sold by a former agent, via an agency whose contract ended. */
    public static final String[] FAKE = {"F-POL-UNC", "F-POL-OLD", "F-POL-IMD"};
    /** FICTITIOUS_BUSINESS: 4 of 10 policies cancelled within 30 days. */
    public static final String FICTITIOUS_AGENT = "F-AG-FB";
    /** RING: four consumers, their garage, adjuster and agent. */
    public static final String[] RING_CONSUMERS = {"F-R1", "F-R2", "F-R3", "F-R4"};
    public static final String RING_GARAGE = "F-GAR-R";
    public static final String RING_ADJUSTER = "F-ADJ-R";
    public static final String RING_AGENT = "F-AG-R";
    /** The honest controls. */
    public static final String[] FAMILY = {"F-FAM1", "F-FAM2", "F-FAM3"};
    public static final String BUSY_GARAGE = "F-GAR-BUSY";
    public static final String BUSY_AGENT = "F-AG-1";
    public static final String LARGE_BROKER = "F-IMD-BIG";

    private static final String GRAPH = """
            CREATE (insA:Entity:Party:Insurer {id: 'F-INS-A', name: 'Insurer A', status: 'ACTIVE'})
            CREATE (insB:Entity:Party:Insurer {id: 'F-INS-B', name: 'Insurer B', status: 'ACTIVE'})
            CREATE (imd1:Entity:Party:Intermediary {id: 'F-IMD-1', name: 'Agency 1', kind: 'AGENCY', status: 'ACTIVE'})
            CREATE (big:Entity:Party:Intermediary {id: 'F-IMD-BIG', name: 'Big Broker', kind: 'BROKER', status: 'ACTIVE'})
            CREATE (imd1)-[:CONTRACTED_WITH {from: date('2015-01-01'), to: date('2021-12-31')}]->(insA)
            CREATE (imd1)-[:CONTRACTED_WITH {from: date('2015-01-01')}]->(insB)
            CREATE (big)-[:CONTRACTED_WITH {from: date('2015-01-01')}]->(insA)
            WITH insA, insB, imd1, big
            UNWIND [['F-AG-1', 'F-INS-A', null], ['F-AG-B', 'F-INS-B', null], ['F-AG-OLD', 'F-INS-A', '2020-06-30'],
                    ['F-AG-2', 'F-IMD-1', null], ['F-AG-FB', 'F-INS-B', null], ['F-AG-BIG', 'F-IMD-BIG', null],
                    ['F-ADJ-1', 'F-INS-A', null], ['F-ADJ-R', 'F-INS-A', null], ['F-AG-R', 'F-INS-A', null]] AS a
            MATCH (org:Entity {id: a[1]})
            CREATE (p:Entity:Party:Practitioner {id: a[0], name: a[0], kind: 'AGENT', status: 'ACTIVE'})
            CREATE (p)-[:AFFILIATED_WITH {role: CASE WHEN a[0] STARTS WITH 'F-ADJ' THEN 'ADJUSTER' ELSE 'AGENT' END,
                    from: date('2015-01-01'), to: CASE WHEN a[2] IS NULL THEN null ELSE date(a[2]) END}]->(org)
            WITH count(*) AS done
            UNWIND ['F-GAR-BUSY', 'F-GAR-R', 'F-GAR-2', 'F-HOSP-1'] AS pid
            CREATE (:Entity:Party:Provider {id: pid, name: pid, kind: CASE WHEN pid STARTS WITH 'F-HOSP' THEN 'HOSPITAL' ELSE 'GARAGE' END})
            WITH count(*) AS done
            UNWIND ['F-C-RC', 'F-C-INV', 'F-C-IAL', 'F-C-FAKE', 'F-C-HON', 'F-R1', 'F-R2', 'F-R3', 'F-R4',
                    'F-FAM1', 'F-FAM2', 'F-FAM3'] + [i IN range(1, 40) | 'F-H' + i] AS cid
            CREATE (:Entity:Party:Consumer {id: cid, name: cid, kind: 'PERSON'})
            """;

    private static final String POLICIES = """
            UNWIND $rows AS r
            MATCH (ins:Insurer {id: r[1]})
            MATCH (holder:Consumer {id: r[2]})
            CREATE (p:Entity:Policy {id: r[0], line: 'AUTO', startDate: date(r[3]), endDate: date(r[3]) + duration('P1Y'),
                    insurerConfirmed: coalesce(r[6], true), status: CASE WHEN r[7] IS NULL THEN 'ACTIVE' ELSE 'CANCELLED' END,
                    cancelledOn: CASE WHEN r[7] IS NULL THEN null ELSE date(r[3]) + duration({days: r[7]}) END,
                    subjectRef: r[8]})
            CREATE (p)-[:ISSUED_BY]->(ins)
            CREATE (holder)-[:HOLDS]->(p)
            CREATE (holder)-[:INSURED_BY]->(p)
            WITH p, r
            OPTIONAL MATCH (agent:Practitioner {id: r[4]})
            OPTIONAL MATCH (via:Intermediary {id: r[5]})
            FOREACH (a IN CASE WHEN agent IS NULL THEN [] ELSE [agent] END | CREATE (p)-[:SOLD_BY]->(a))
            FOREACH (v IN CASE WHEN via IS NULL THEN [] ELSE [via] END | CREATE (p)-[:VIA]->(v))
            """;

    private static final String CLAIMS = """
            UNWIND $rows AS r
            MATCH (p:Policy {id: r[1]})
            MATCH (who:Consumer {id: r[2]})
            CREATE (c:Entity:Claim {id: r[0], incidentDate: date(r[3]), reportedDate: date(r[3]) + duration('P2D'),
                    amount: toFloat(r[4]), cause: r[5], status: r[6], subjectRef: r[7], invoiceNo: r[8]})
            CREATE (c)-[:ON_POLICY]->(p)
            CREATE (who)-[:FILED]->(c)
            WITH c, r
            OPTIONAL MATCH (prov:Provider {id: r[9]})
            OPTIONAL MATCH (adj:Practitioner {id: r[10]})
            FOREACH (x IN CASE WHEN prov IS NULL THEN [] ELSE [prov] END | CREATE (c)-[:SERVICED_BY]->(x))
            FOREACH (x IN CASE WHEN adj IS NULL THEN [] ELSE [adj] END | CREATE (c)-[:ADJUSTED_BY]->(x))
            """;

    private static final String PARTIES = """
            UNWIND $rows AS r
            MATCH (c:Claim {id: r[0]})
            MATCH (x:Party {id: r[1]})
            CREATE (x)-[:PARTY_TO {role: r[2]}]->(c)
            """;

    private static final String IDENTIFIERS = """
            UNWIND $rows AS r
            MATCH (x:Party {id: r[0]})
            MERGE (i:Entity {id: r[1] + ':' + r[2]})
            ON CREATE SET i:Identifier, i.kind = r[1], i.value = r[2]
            CREATE (x)-[:HAS_IDENTIFIER]->(i)
            """;

    private FraudFixtures() {
    }

    public static void build(Driver driver) {
        GraphFixtures.deleteDomainData(driver);
        driver.executableQuery(GRAPH).execute();
        java.util.List<Object> policies = new java.util.ArrayList<>(java.util.List.of(
                // id, insurer, holder, start, agent, intermediary, confirmed, cancelled after days, subjectRef
                row("F-POL-RC1", "F-INS-A", "F-C-RC", "2022-01-01", "F-AG-1", null, null, null, "苏A-RC001"),
                row("F-POL-RC2", "F-INS-B", "F-C-RC", "2022-02-01", "F-AG-B", null, null, null, "苏A-RC001"),
                row("F-POL-INV1", "F-INS-A", "F-C-INV", "2022-01-01", "F-AG-1", null, null, null, null),
                row("F-POL-INV2", "F-INS-B", "F-C-INV", "2022-01-01", "F-AG-B", null, null, null, null),
                row("F-POL-IAL", "F-INS-A", "F-C-IAL", "2023-03-01", "F-AG-1", null, null, null, null),
                row("F-POL-OK", "F-INS-A", "F-C-IAL", "2022-03-01", "F-AG-1", null, null, null, null),
                row("F-POL-UNC", "F-INS-A", "F-C-FAKE", "2022-01-01", "F-AG-1", null, false, null, null),
                row("F-POL-OLD", "F-INS-A", "F-C-FAKE", "2022-01-01", "F-AG-OLD", null, null, null, null),
                row("F-POL-IMD", "F-INS-A", "F-C-FAKE", "2022-05-01", "F-AG-2", "F-IMD-1", null, null, null),
                row("F-POL-IMD-OK", "F-INS-B", "F-C-FAKE", "2022-05-01", "F-AG-2", "F-IMD-1", null, null, null),
                row("F-POL-HON1", "F-INS-A", "F-C-HON", "2021-01-01", "F-AG-1", null, null, null, null),
                row("F-POL-HON2", "F-INS-B", "F-C-HON", "2021-01-01", "F-AG-B", null, null, null, null),
                row("F-POL-RING", "F-INS-A", "F-R1", "2023-01-01", "F-AG-R", null, null, null, null)));
        for (int i = 1; i <= 10; i++) {
            // the fictitious agent: 4 of 10 cancelled 5 days after start
            policies.add(row("F-POL-FB" + i, "F-INS-B", "F-H" + i, "2023-0" + (1 + i % 9) + "-10", "F-AG-FB", null, null,
                    i <= 4 ? (Object) 5 : null, null));
        }
        for (int i = 1; i <= 12; i++) {
            // the busy agent: 2 of 12 cancelled early; the large broker: 2 of 14 early, 3 after 90 days
            policies.add(row("F-POL-BUSY" + i, "F-INS-A", "F-H" + (10 + i), "2022-0" + (1 + i % 9) + "-15", "F-AG-1",
                    null, null, i <= 2 ? (Object) 10 : null, null));
        }
        for (int i = 1; i <= 14; i++) {
            policies.add(row("F-POL-BIG" + i, "F-INS-A", "F-H" + (20 + i), "2022-0" + (1 + i % 9) + "-20", "F-AG-BIG",
                    "F-IMD-BIG", null, i <= 2 ? (Object) 12 : i <= 5 ? (Object) 95 : null, null));
        }
        for (String m : FAMILY) {
            policies.add(row("F-POL-" + m, "F-INS-A", m, "2019-01-01", "F-AG-1", null, null, null, null));
        }
        for (String m : new String[] {"F-R2", "F-R3", "F-R4"}) {
            policies.add(row("F-POL-RING-" + m, "F-INS-A", m, "2023-01-01", "F-AG-R", null, null, null, null));
        }
        for (int i = 1; i <= 30; i++) {
            policies.add(row("F-POL-H" + i, "F-INS-B", "F-H" + i, "2020-01-01", "F-AG-B", null, null, null, null));
        }
        driver.executableQuery(POLICIES).withParameters(java.util.Map.of("rows", policies)).execute();

        java.util.List<Object> claims = new java.util.ArrayList<>(java.util.List.of(
                // id, policy, claimant, incident, amount, cause, status, subjectRef, invoiceNo, provider, adjuster
                row("F-CL-RC1", "F-POL-RC1", "F-C-RC", "2022-06-10", 8000, "COLLISION", "PAID", "苏A-RC001", "INV-RC1", "F-GAR-2", "F-ADJ-1"),
                row("F-CL-RC2", "F-POL-RC2", "F-C-RC", "2022-06-12", 8200, "COLLISION", "OPEN", "苏A-RC001", "INV-RC2", "F-GAR-2", "F-ADJ-1"),
                row("F-CL-INV1", "F-POL-INV1", "F-C-INV", "2022-04-01", 3000, "SURGERY", "PAID", null, "INV-DUP", "F-HOSP-1", "F-ADJ-1"),
                row("F-CL-INV2", "F-POL-INV2", "F-C-INV", "2022-05-21", 3100, "INJURY", "OPEN", null, "INV-DUP", "F-HOSP-1", "F-ADJ-1"),
                row("F-CL-IAL", "F-POL-IAL", "F-C-IAL", "2023-03-04", 9000, "THEFT", "OPEN", null, null, null, "F-ADJ-1"),
                row("F-CL-OK", "F-POL-OK", "F-C-IAL", "2022-03-21", 900, "SCRATCH", "PAID", null, null, "F-GAR-2", "F-ADJ-1"),
                // same claimant, same cause, two policies, but ten days apart: no repeat claim
                row("F-CL-HON1", "F-POL-HON1", "F-C-HON", "2021-05-01", 500, "SCRATCH", "PAID", null, "INV-H1", "F-GAR-BUSY", "F-ADJ-1"),
                row("F-CL-HON2", "F-POL-HON2", "F-C-HON", "2021-05-11", 500, "SCRATCH", "PAID", null, "INV-H2", "F-GAR-BUSY", "F-ADJ-1")));
        for (int i = 1; i <= 30; i++) {
            claims.add(row("F-CL-H" + i, "F-POL-H" + i, "F-H" + i, "2020-0" + (1 + i % 9) + "-1" + (i % 10), 700 + i,
                    "COLLISION", "PAID", null, "INV-HB" + i, "F-GAR-BUSY", "F-ADJ-1"));
        }
        // the family: two claims each over four years, all at the busy garage
        int k = 0;
        for (String m : FAMILY) {
            for (int j = 0; j < 2; j++) {
                k++;
                claims.add(row("F-CL-" + m + "-" + j, "F-POL-" + m, m, (2019 + k % 4) + "-0" + (1 + k % 8) + "-05", 600,
                        "SCRATCH", "PAID", null, "INV-F" + k, "F-GAR-BUSY", "F-ADJ-1"));
            }
        }
        java.util.List<Object> parties = new java.util.ArrayList<>();
        String[] ring = RING_CONSUMERS;
        for (int m = 0; m < ring.length; m++) {
            String policy = m == 0 ? "F-POL-RING" : "F-POL-RING-" + ring[m];
            for (int j = 0; j < 3; j++) {
                String id = "F-CL-R" + (m + 1) + "-" + j;
                claims.add(row(id, policy, ring[m], "2023-0" + (2 + j * 2) + "-" + (10 + m), 25000, "COLLISION",
                        m == 0 && j == 0 ? "FRAUD" : "PAID", null, "INV-R" + m + j, RING_GARAGE, RING_ADJUSTER));
                parties.add(row(id, ring[(m + 1 + j) % ring.length], j % 2 == 0 ? "WITNESS" : "DRIVER"));
            }
        }
        driver.executableQuery(CLAIMS).withParameters(java.util.Map.of("rows", claims)).execute();
        driver.executableQuery(PARTIES).withParameters(java.util.Map.of("rows", parties)).execute();
        driver.executableQuery(IDENTIFIERS).withParameters(java.util.Map.of("rows", java.util.List.of(
                row("F-R1", "PHONE", "13900000001"), row("F-R2", "PHONE", "13900000001"),
                row("F-R3", "PHONE", "13900000002"), row("F-R4", "PHONE", "13900000002"),
                row("F-R1", "BANK_ACCOUNT", "6222000011"), row("F-R3", "BANK_ACCOUNT", "6222000011"),
                row("F-GAR-R", "BANK_ACCOUNT", "6222000011"), row("F-AG-R", "PHONE", "13900000001"),
                row("F-R2", "DEVICE", "DEV-R"), row("F-R3", "DEVICE", "DEV-R"), row("F-R4", "DEVICE", "DEV-R"),
                row("F-FAM1", "ADDRESS", "1 FAMILY ROAD"), row("F-FAM2", "ADDRESS", "1 FAMILY ROAD"),
                row("F-FAM3", "ADDRESS", "1 FAMILY ROAD"), row("F-FAM2", "PHONE", "13900000009"),
                row("F-FAM3", "PHONE", "13900000009")))).execute();
        io.credlink.FixtureWrites.announce("FraudFixtures");
    }

    private static java.util.List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
