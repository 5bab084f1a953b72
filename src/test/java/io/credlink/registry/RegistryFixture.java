package io.credlink.registry;

import org.neo4j.driver.Driver;

/**
 * A tiny graph in the model of DESIGN.md: two insurers, an agency, two agents (one of whom left
 * INS1 at the end of 2022 and joined the agency in 2023), two consumers sharing a phone, a
 * policy, a claim and a garage.
 */
public final class RegistryFixture {

    private RegistryFixture() {
    }

    public static void create(Driver driver) {
        driver.executableQuery("""
                CREATE (ins1:Entity:Party:Insurer {id: 'INS1', name: 'Acme Insurance', licenseNo: 'LIC-001', status: 'ACTIVE'}),
                       (ins2:Entity:Party:Insurer {id: 'INS2', name: 'Beta Mutual', licenseNo: 'LIC-002', status: 'ACTIVE'}),
                       (agency:Entity:Party:Intermediary {id: 'INT1', name: 'Delta Agency', kind: 'AGENCY', licenseNo: 'LIC-101', status: 'ACTIVE'}),
                       (pr1:Entity:Party:Practitioner {id: 'PR1', name: 'Wang Wei', idNumber: '110101199001011234', kind: 'AGENT', licenseNo: 'AG-1', status: 'ACTIVE'}),
                       (pr2:Entity:Party:Practitioner {id: 'PR2', name: '李娜', kind: 'AGENT', status: 'ACTIVE'}),
                       (co1:Entity:Party:Consumer {id: 'CO1', name: 'Zhang San', kind: 'PERSON'}),
                       (co2:Entity:Party:Consumer {id: 'CO2', name: 'Li Si', kind: 'PERSON'}),
                       (pv1:Entity:Party:Provider {id: 'PV1', name: 'Fast Garage', kind: 'GARAGE'}),
                       (po1:Entity:Policy {id: 'PO1', line: 'AUTO', startDate: date('2024-01-01'), premium: 1200.0, insurerConfirmed: true, status: 'ACTIVE'}),
                       (cl1:Entity:Claim {id: 'CL1', incidentDate: date('2024-03-01'), amount: 12000.0, status: 'OPEN'}),
                       (phone:Entity:Identifier {id: 'PHONE:13800138000', kind: 'PHONE', value: '13800138000'}),
                       (pr1)-[:AFFILIATED_WITH {role: 'AGENT', from: date('2020-01-01'), to: date('2022-12-31')}]->(ins1),
                       (pr1)-[:AFFILIATED_WITH {role: 'AGENT', from: date('2023-01-01')}]->(agency),
                       (pr2)-[:AFFILIATED_WITH {role: 'EMPLOYEE', from: date('2019-01-01')}]->(ins1),
                       (agency)-[:CONTRACTED_WITH {from: date('2021-01-01')}]->(ins2),
                       (po1)-[:ISSUED_BY]->(ins2),
                       (co1)-[:HOLDS]->(po1),
                       (co1)-[:INSURED_BY]->(po1),
                       (po1)-[:SOLD_BY]->(pr1),
                       (po1)-[:VIA]->(agency),
                       (cl1)-[:ON_POLICY]->(po1),
                       (co1)-[:FILED]->(cl1),
                       (cl1)-[:SERVICED_BY]->(pv1),
                       (co1)-[:HAS_IDENTIFIER]->(phone),
                       (co2)-[:HAS_IDENTIFIER]->(phone)
                """).execute();
    }

    /** Makes the garage PV1 a hub: it services {@code claims} more claims HC0000, HC0001… */
    public static void addHubClaims(Driver driver, int claims) {
        driver.executableQuery("""
                MATCH (pv:Provider {id: 'PV1'})
                UNWIND range(0, $claims - 1) AS i
                CREATE (c:Entity:Claim {id: 'HC' + apoc.text.lpad(toString(i), 4, '0'), incidentDate: date('2024-02-01'), amount: 100.0, status: 'PAID'})
                CREATE (c)-[:SERVICED_BY]->(pv)
                """).withParameters(java.util.Map.of("claims", claims)).execute();
    }
}
