package io.credlink.sanction;

import org.neo4j.driver.Driver;

import io.credlink.GraphFixtures;

/**
 * A small graph with one chain per default rule and relationships that start or end right at
 * the dates the tests probe.
 *
 * <pre>
 * R1/R3: S-INS1 (blacklist, decided 2022-06-01, in force 2022-07-01..2025-06-30) against INS1.
 *   P1 EXECUTIVE of INS1 2018-01-01..2022-12-31 and EXECUTIVE of AG1 from 2021-01-01
 *   P2 LEGAL_REPRESENTATIVE of INS1 from 2019-01-01; EMPLOYEE of INS2; EXECUTIVE of AG2 2024-01-01..2024-12-31
 *   P3 AGENT of INS1 (not reached by R1)
 *   P5 EXECUTIVE of INS1 ..2022-05-31 (ended the day before the decision)
 *   P6 EXECUTIVE of INS1 from 2022-06-01 (started on the decision date)
 *   P7 EXECUTIVE of INS1 from 2022-06-02 (started the day after)
 *   P8 EXECUTIVE of INS1 ..2022-06-01 (ended on the decision date)
 * R2: S-Q1 (blacklist, from 2023-02-01, open) against Q1: AGENT of INS2 ..2023-06-30, EMPLOYEE of AG2 from 2023-07-01.
 *     S-Q2 (a FINE, not blacklisting) against Q2, AGENT of INS2.
 * R4: S-C1 (blacklist, from 2023-01-01) against C1; C2 shares C1's phone, C3 its bank account,
 *     C4 only its e-mail, P9 (a practitioner) its phone.
 * S-DISPUTED (blacklist, disputed) against AG3, whose EXECUTIVE is P10.
 * Lists: INS2 AWARD 2021-03-01; AG1 RED_LIST 2022-01-01; INS1 RED_LIST 2022-01-01 (but blacklisted).
 * </pre>
 */
public final class SanctionFixtures {

    private SanctionFixtures() {
    }

    public static void clear(Driver driver) {
        GraphFixtures.deleteDomainData(driver);
        driver.executableQuery("MATCH (c:SanctionChange) DETACH DELETE c").execute();
        io.credlink.FixtureWrites.announce("SanctionFixtures");
    }

    public static void build(Driver driver) {
        driver.executableQuery("""
                CREATE (ins1:Entity:Party:Insurer {id: 'INS1', name: 'Alpha Insurance', licenseNo: 'L-INS1', status: 'ACTIVE'})
                CREATE (ins2:Entity:Party:Insurer {id: 'INS2', name: 'Gamma Insurance', licenseNo: 'L-INS2', status: 'ACTIVE'})
                CREATE (ag1:Entity:Party:Intermediary {id: 'AG1', name: 'Beta Agency', kind: 'AGENCY', licenseNo: 'L-AG1', status: 'ACTIVE'})
                CREATE (ag2:Entity:Party:Intermediary {id: 'AG2', name: 'Delta Brokers', kind: 'BROKER', licenseNo: 'L-AG2', status: 'ACTIVE'})
                CREATE (ag3:Entity:Party:Intermediary {id: 'AG3', name: 'Epsilon Agency', kind: 'AGENCY', status: 'ACTIVE'})
                WITH *
                UNWIND ['P1', 'P2', 'P3', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'Q1', 'Q2'] AS pid
                CREATE (:Entity:Party:Practitioner {id: pid, name: 'Person ' + pid, idNumber: '11010119800101' + pid, kind: 'AGENT', status: 'ACTIVE'})
                """).execute();
        driver.executableQuery("""
                UNWIND [
                  ['P1', 'INS1', 'EXECUTIVE', date('2018-01-01'), date('2022-12-31')],
                  ['P1', 'AG1', 'EXECUTIVE', date('2021-01-01'), null],
                  ['P2', 'INS1', 'LEGAL_REPRESENTATIVE', date('2019-01-01'), null],
                  ['P2', 'INS2', 'EMPLOYEE', date('2020-01-01'), null],
                  ['P2', 'AG2', 'EXECUTIVE', date('2024-01-01'), date('2024-12-31')],
                  ['P3', 'INS1', 'AGENT', date('2019-01-01'), null],
                  ['P5', 'INS1', 'EXECUTIVE', date('2015-01-01'), date('2022-05-31')],
                  ['P6', 'INS1', 'EXECUTIVE', date('2022-06-01'), null],
                  ['P7', 'INS1', 'EXECUTIVE', date('2022-06-02'), null],
                  ['P8', 'INS1', 'EXECUTIVE', date('2015-01-01'), date('2022-06-01')],
                  ['P10', 'AG3', 'EXECUTIVE', date('2015-01-01'), null],
                  ['Q1', 'INS2', 'AGENT', date('2020-01-01'), date('2023-06-30')],
                  ['Q1', 'AG2', 'EMPLOYEE', date('2023-07-01'), null],
                  ['Q2', 'INS2', 'AGENT', date('2020-01-01'), null]
                ] AS a
                MATCH (p:Practitioner {id: a[0]}), (o:Party {id: a[1]})
                CREATE (p)-[:AFFILIATED_WITH {role: a[2], from: a[3], to: a[4]}]->(o)
                """).execute();
        driver.executableQuery("""
                UNWIND ['C1', 'C2', 'C3', 'C4'] AS cid
                CREATE (:Entity:Party:Consumer {id: cid, name: 'Consumer ' + cid, idNumber: '3201' + cid, kind: 'PERSON'})
                WITH count(*) AS done
                CREATE (phone:Entity:Identifier {id: 'PHONE:13800000001', kind: 'PHONE', value: '13800000001'})
                CREATE (bank:Entity:Identifier {id: 'BANK_ACCOUNT:6222000011112222', kind: 'BANK_ACCOUNT', value: '6222000011112222'})
                CREATE (mail:Entity:Identifier {id: 'EMAIL:c1@example.com', kind: 'EMAIL', value: 'c1@example.com'})
                WITH phone, bank, mail
                UNWIND [['C1', phone], ['C1', bank], ['C1', mail], ['C2', phone], ['C3', bank], ['C4', mail], ['P9', phone]] AS h
                MATCH (p:Party {id: h[0]})
                WITH p, h[1] AS identifier
                CREATE (p)-[:HAS_IDENTIFIER]->(identifier)
                """).execute();
        driver.executableQuery("""
                UNWIND [
                  ['S-INS1', 'INS1', 'LICENSE_REVOKED', 5, true, date('2022-06-01'), date('2022-07-01'), date('2025-06-30'), false],
                  ['S-Q1', 'Q1', 'BAN_FROM_INDUSTRY', 5, true, date('2023-01-10'), date('2023-02-01'), null, false],
                  ['S-Q2', 'Q2', 'FINE', 2, false, date('2023-01-10'), date('2023-02-01'), null, false],
                  ['S-C1', 'C1', 'OTHER', 3, true, date('2022-12-01'), date('2023-01-01'), null, false],
                  ['S-DISPUTED', 'AG3', 'LICENSE_SUSPENDED', 4, true, date('2023-01-01'), date('2023-01-01'), null, true]
                ] AS s
                MATCH (p:Party {id: s[1]})
                CREATE (x:Entity:Sanction {id: s[0], authority: 'NFRA Beijing', kind: s[2], severity: s[3], blacklist: s[4],
                        decidedOn: s[5], effectiveFrom: s[6], effectiveTo: s[7], reason: 'reason of ' + s[0],
                        disputed: s[8], withdrawn: false})
                CREATE (x)-[:AGAINST]->(p)
                """).execute();
        driver.executableQuery("""
                UNWIND [
                  ['REC-INS2', 'INS2', 'AWARD', date('2021-03-01')],
                  ['REC-AG1', 'AG1', 'RED_LIST', date('2022-01-01')],
                  ['REC-INS1', 'INS1', 'RED_LIST', date('2022-01-01')],
                  ['REC-Q2', 'Q2', 'COMPLAINT', date('2022-01-01')]
                ] AS r
                MATCH (p:Party {id: r[1]})
                CREATE (x:Entity:CreditRecord {id: r[0], kind: r[2], date: r[3], severity: 3, detail: 'detail of ' + r[0], disputed: false})
                CREATE (x)-[:ABOUT]->(p)
                """).execute();
        io.credlink.FixtureWrites.announce("SanctionFixtures");
    }

    /**
     * Beside {@link #build}: parties that are the same person or firm as a fixture party under
     * another insurer's id, for tests to resolve together (resolution decisions), and a look-alike
     * that stays apart.
     *
     * <pre>
     * Q1B  Practitioner "Person Q1", AGENT of INS1 from 2020-01-01 (Q1 is an agent of INS2, blacklisted by S-Q1).
     * P12  Practitioner "Person P1", AGENT of INS2 from 2021-01-01 (P1 is banned by R1 from S-INS1); RED_LIST REC-P12 2022-01-01.
     * AG4  Intermediary "Epsilon Agency" (AG3, blacklisted by the disputed S-DISPUTED); RED_LIST REC-AG4 2022-06-01.
     *      P11 LEGAL_REPRESENTATIVE of AG4 from 2015-01-01 and EXECUTIVE of AG2 from 2016-01-01.
     * C5   Consumer "Consumer C1" with C1's phone and its own second phone, which C6 shares (C1 is blacklisted by S-C1).
     * C8   Consumer "Consumer C1" sharing nothing: a look-alike, never resolved with C1.
     * </pre>
     */
    public static void buildDuplicates(Driver driver) {
        driver.executableQuery("""
                CREATE (q1b:Entity:Party:Practitioner {id: 'Q1B', name: 'Person Q1', kind: 'AGENT', status: 'ACTIVE'})
                CREATE (p12:Entity:Party:Practitioner {id: 'P12', name: 'Person P1', kind: 'AGENT', status: 'ACTIVE'})
                CREATE (p11:Entity:Party:Practitioner {id: 'P11', name: 'Person P11', kind: 'EXECUTIVE', status: 'ACTIVE'})
                CREATE (ag4:Entity:Party:Intermediary {id: 'AG4', name: 'Epsilon Agency', kind: 'AGENCY', status: 'ACTIVE'})
                CREATE (c5:Entity:Party:Consumer {id: 'C5', name: 'Consumer C1', kind: 'PERSON'})
                CREATE (c6:Entity:Party:Consumer {id: 'C6', name: 'Consumer C6', kind: 'PERSON'})
                CREATE (c8:Entity:Party:Consumer {id: 'C8', name: 'Consumer C1', kind: 'PERSON'})
                CREATE (phone2:Entity:Identifier {id: 'PHONE:13900000005', kind: 'PHONE', value: '13900000005'})
                WITH *
                MATCH (ins1:Insurer {id: 'INS1'}), (ins2:Insurer {id: 'INS2'}), (ag2:Intermediary {id: 'AG2'}),
                      (phone:Identifier {id: 'PHONE:13800000001'})
                CREATE (q1b)-[:AFFILIATED_WITH {role: 'AGENT', from: date('2020-01-01')}]->(ins1)
                CREATE (p12)-[:AFFILIATED_WITH {role: 'AGENT', from: date('2021-01-01')}]->(ins2)
                CREATE (p11)-[:AFFILIATED_WITH {role: 'LEGAL_REPRESENTATIVE', from: date('2015-01-01')}]->(ag4)
                CREATE (p11)-[:AFFILIATED_WITH {role: 'EXECUTIVE', from: date('2016-01-01')}]->(ag2)
                CREATE (c5)-[:HAS_IDENTIFIER]->(phone)
                CREATE (c5)-[:HAS_IDENTIFIER]->(phone2)
                CREATE (c6)-[:HAS_IDENTIFIER]->(phone2)
                CREATE (:Entity:CreditRecord {id: 'REC-P12', kind: 'RED_LIST', date: date('2022-01-01'), severity: 3,
                        detail: 'detail of REC-P12', disputed: false})-[:ABOUT]->(p12)
                CREATE (:Entity:CreditRecord {id: 'REC-AG4', kind: 'RED_LIST', date: date('2022-06-01'), severity: 3,
                        detail: 'detail of REC-AG4', disputed: false})-[:ABOUT]->(ag4)
                """).execute();
        io.credlink.FixtureWrites.announce("SanctionFixtures");
    }
}
