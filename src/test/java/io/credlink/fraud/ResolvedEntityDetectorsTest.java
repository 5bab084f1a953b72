package io.credlink.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;

/**
 * The detectors on the fixture graph plus people whom two or three insurers report under their own
 * ids, resolved as the resolution module stores it ({@code resolvedId}, the smallest member id, on
 * every member but the smallest):
 * with resolution they see one claimant, insured and ring member; without it, every id a person.
 */
@CredLinkTest
class ResolvedEntityDetectorsTest {

    /** F-X1 and F-X2: one person; the same hospital stay claimed at insurer A and at insurer B a day apart. */
    static final String[] REPEAT_ACROSS_IDS = {"F-CL-X1", "F-CL-X2"};
    /** F-Y1 claims an injury at A on 1 Sep; F-Y2 (the same person) buys cover at B on 5 Sep and claims it on 20 Sep. */
    static final String PRIOR_LOSS_CLAIM = "F-CL-Y2";
    /** F-Z1, F-Z2, F-Z3: one person under three ids, sharing phone, bank account and device, driver on their own claims. */
    static final String[] ONE_PERSON_THREE_IDS = {"F-Z1", "F-Z2", "F-Z3"};

    private static final String PEOPLE = """
            UNWIND $ids AS id
            CREATE (c:Entity:Party:Consumer {id: id[0], name: id[0], kind: 'PERSON'})
            SET c.resolvedId = CASE WHEN id[1] <> id[0] THEN id[1] END
            """;
    private static final String POLICIES = """
            UNWIND $rows AS r
            MATCH (ins:Insurer {id: r[1]}), (holder:Consumer {id: r[2]})
            CREATE (p:Entity:Policy {id: r[0], line: 'HEALTH', startDate: date(r[3]), endDate: date(r[3]) + duration('P1Y'),
                    insurerConfirmed: true, status: 'ACTIVE'})
            CREATE (p)-[:ISSUED_BY]->(ins), (holder)-[:HOLDS]->(p), (holder)-[:INSURED_BY]->(p)
            WITH p, r
            MATCH (agent:Practitioner {id: r[4]})
            CREATE (p)-[:SOLD_BY]->(agent)
            """;
    private static final String CLAIMS = """
            UNWIND $rows AS r
            MATCH (p:Policy {id: r[1]}), (who:Consumer {id: r[2]}), (prov:Provider {id: r[5]})
            CREATE (c:Entity:Claim {id: r[0], incidentDate: date(r[3]), reportedDate: date(r[3]) + duration('P2D'),
                    amount: 20000.0, cause: r[4], status: 'PAID', invoiceNo: 'INV-' + r[0]})
            CREATE (c)-[:ON_POLICY]->(p), (who)-[:FILED]->(c), (c)-[:SERVICED_BY]->(prov)
            WITH c, r
            OPTIONAL MATCH (driver:Consumer {id: r[6]})
            FOREACH (d IN CASE WHEN driver IS NULL THEN [] ELSE [driver] END | CREATE (d)-[:PARTY_TO {role: 'DRIVER'}]->(c))
            """;

    @Autowired
    FraudService fraud;

    @Autowired
    Driver driver;

    @BeforeEach
    void fixture() {
        FraudFixtures.build(driver);
        driver.executableQuery(PEOPLE).withParameters(Map.of("ids", List.of(
                List.of("F-X1", "F-X1"), List.of("F-X2", "F-X1"), List.of("F-Y1", "F-Y1"), List.of("F-Y2", "F-Y1"),
                List.of("F-Z1", "F-Z1"), List.of("F-Z2", "F-Z1"), List.of("F-Z3", "F-Z1"),
                List.of("F-R4b", "F-R4")))).execute();
        driver.executableQuery("CREATE (:Entity:Party:Provider {id: 'F-GAR-Z', name: 'F-GAR-Z', kind: 'GARAGE'})").execute();
        driver.executableQuery(POLICIES).withParameters(Map.of("rows", List.of(
                List.of("F-POL-X1", "F-INS-A", "F-X1", "2022-01-01", "F-AG-1"),
                List.of("F-POL-X2", "F-INS-B", "F-X2", "2022-01-01", "F-AG-B"),
                List.of("F-POL-Y1", "F-INS-A", "F-Y1", "2021-01-01", "F-AG-1"),
                List.of("F-POL-Y2", "F-INS-B", "F-Y2", "2022-09-05", "F-AG-B"),
                List.of("F-POL-Z1", "F-INS-A", "F-Z1", "2022-01-01", "F-AG-1"),
                List.of("F-POL-Z2", "F-INS-B", "F-Z2", "2022-01-01", "F-AG-B"),
                List.of("F-POL-Z3", "F-INS-B", "F-Z3", "2022-01-01", "F-AG-B"),
                List.of("F-POL-R4b", "F-INS-B", "F-R4b", "2023-01-01", "F-AG-B")))).execute();
        driver.executableQuery(CLAIMS).withParameters(Map.of("rows", List.of(
                // id, policy, claimant, incident, cause, provider, driver
                List.of("F-CL-X1", "F-POL-X1", "F-X1", "2022-08-01", "HOSPITALISATION", "F-HOSP-1", ""),
                List.of("F-CL-X2", "F-POL-X2", "F-X2", "2022-08-02", "HOSPITALISATION", "F-HOSP-1", ""),
                List.of("F-CL-Y1", "F-POL-Y1", "F-Y1", "2022-09-01", "INJURY", "F-HOSP-1", ""),
                List.of("F-CL-Y2", "F-POL-Y2", "F-Y2", "2022-09-20", "INJURY", "F-HOSP-1", ""),
                List.of("F-CL-Z1-1", "F-POL-Z1", "F-Z1", "2022-03-01", "COLLISION", "F-GAR-Z", "F-Z2"),
                List.of("F-CL-Z1-2", "F-POL-Z1", "F-Z1", "2022-04-11", "SCRATCH", "F-GAR-Z", "F-Z3"),
                List.of("F-CL-Z1-3", "F-POL-Z1", "F-Z1", "2022-05-21", "COLLISION", "F-GAR-Z", "F-Z2"),
                List.of("F-CL-Z2-1", "F-POL-Z2", "F-Z2", "2022-03-15", "SCRATCH", "F-GAR-Z", "F-Z1"),
                List.of("F-CL-Z2-2", "F-POL-Z2", "F-Z2", "2022-05-01", "COLLISION", "F-GAR-Z", "F-Z3"),
                List.of("F-CL-Z3-1", "F-POL-Z3", "F-Z3", "2022-04-01", "SCRATCH", "F-GAR-Z", "F-Z1"),
                List.of("F-CL-Z3-2", "F-POL-Z3", "F-Z3", "2022-06-01", "COLLISION", "F-GAR-Z", "F-Z2"),
                // F-R4 of the fixture's ring, under insurer B's id, with F-R1 driving
                List.of("F-CL-R4b", "F-POL-R4b", "F-R4b", "2023-07-15", "COLLISION", "F-GAR-R", "F-R1")))).execute();
        driver.executableQuery("""
                UNWIND $rows AS r
                MATCH (x:Party {id: r[0]})
                MERGE (i:Entity {id: r[1] + ':' + r[2]})
                ON CREATE SET i:Identifier, i.kind = r[1], i.value = r[2]
                CREATE (x)-[:HAS_IDENTIFIER]->(i)
                """).withParameters(Map.of("rows", List.of(
                List.of("F-Z1", "PHONE", "13900000071"), List.of("F-Z2", "PHONE", "13900000071"),
                List.of("F-Z3", "PHONE", "13900000071"), List.of("F-Z1", "BANK_ACCOUNT", "6222000071"),
                List.of("F-Z2", "BANK_ACCOUNT", "6222000071"), List.of("F-Z2", "DEVICE", "DEV-Z"),
                List.of("F-Z3", "DEVICE", "DEV-Z"), List.of("F-X1", "PHONE", "13900000072"),
                List.of("F-X2", "PHONE", "13900000072"), List.of("F-R4", "PHONE", "13900000073"),
                List.of("F-R4b", "PHONE", "13900000073")))).execute();
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    static List<AlertView> ofKind(List<AlertView> alerts, AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }

    @Test
    void aRepeatClaimAtTwoInsurersUnderTwoIdsIsFoundOnlyWithResolutionAndNamesBothIds() {
        List<AlertView> with = ofKind(fraud.detect(true), AlertKind.REPEAT_CLAIM);
        List<AlertView> without = ofKind(fraud.detect(false), AlertKind.REPEAT_CLAIM);

        AlertView across = with.stream().filter(a -> a.entityIds().contains("F-CL-X1")).findFirst().orElseThrow();
        assertThat(across.entityIds()).contains(REPEAT_ACROSS_IDS).contains("F-X1", "F-X2", "F-POL-X1", "F-POL-X2");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> matches = (List<Map<String, Object>>) across.evidence().get("matches");
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("rule", "SAME_CLAIMANT_CAUSE").containsEntry("resolvedId", "F-X1")
                    .containsEntry("value", "F-X1 HOSPITALISATION").containsEntry("daysApart", 1);
        });
        assertThat(across.evidence().get("insurerIds")).isEqualTo(List.of("F-INS-A", "F-INS-B"));
        assertThat(without).noneMatch(a -> a.entityIds().contains("F-CL-X1") || a.entityIds().contains("F-CL-X2"));
        // the fixture's own repeat claims are found either way
        assertThat(with).hasSize(3);
        assertThat(without).hasSize(2);
    }

    @Test
    void insureAfterLossSeesALossUnderOneIdAndTheCoverUnderAnother() {
        List<AlertView> with = ofKind(fraud.detect(true), AlertKind.INSURE_AFTER_LOSS);
        List<AlertView> without = ofKind(fraud.detect(false), AlertKind.INSURE_AFTER_LOSS);

        AlertView prior = with.stream().filter(a -> a.entityIds().contains(PRIOR_LOSS_CLAIM)).findFirst().orElseThrow();
        assertThat(prior.entityIds()).containsExactlyInAnyOrder("F-CL-Y2", "F-POL-Y2", "F-Y2", "F-CL-Y1", "F-Y1");
        assertThat(prior.evidence()).containsEntry("rule", "PRIOR_LOSS").containsEntry("priorClaimId", "F-CL-Y1")
                .containsEntry("priorClaimantId", "F-Y1").containsEntry("priorIncidentDate", "2022-09-01")
                .containsEntry("priorInsurerId", "F-INS-A").containsEntry("priorResolvedId", "F-Y1")
                .containsEntry("daysAfterStart", 15L);
        assertThat((String) prior.evidence().get("summary")).contains("4 days before the policy started").contains("F-Y1");
        assertThat(prior.score()).isBetween(0.8, 0.95);
        assertThat(without).noneMatch(a -> a.entityIds().contains(PRIOR_LOSS_CLAIM));
        // the fixture's insure-after-loss (incident three days after the start) either way, as INCIDENT_NEAR_START
        assertThat(with).hasSize(2);
        assertThat(without).singleElement().satisfies(a -> assertThat(a.evidence())
                .containsEntry("rule", "INCIDENT_NEAR_START").doesNotContainKey("priorClaimId"));
    }

    @Test
    void onePersonUnderThreeIdsIsNoRingButWithoutResolutionLooksLikeThreeColluders() {
        List<AlertView> with = ofKind(fraud.detect(true), AlertKind.RING);
        List<AlertView> without = ofKind(fraud.detect(false), AlertKind.RING);

        assertThat(without).anySatisfy(a -> assertThat(a.entityIds()).contains(ONE_PERSON_THREE_IDS));
        assertThat(with).noneMatch(a -> a.entityIds().contains("F-Z1"));
    }

    @Test
    void aRingMemberUnderTwoIdsIsOneMemberAndTheAlertNamesBothIds() {
        AlertView with = ofKind(fraud.detect(true), AlertKind.RING).stream()
                .filter(a -> a.entityIds().contains("F-R1")).findFirst().orElseThrow();
        AlertView without = ofKind(fraud.detect(false), AlertKind.RING).stream()
                .filter(a -> a.entityIds().contains("F-R1")).findFirst().orElseThrow();

        assertThat(with.entityIds()).contains(FraudFixtures.RING_CONSUMERS).contains("F-R4b", "F-CL-R4b",
                FraudFixtures.RING_GARAGE);
        assertThat((String) with.evidence().get("summary")).startsWith("4 linked consumers with 13 claims");
        assertThat(with.evidence().get("resolvedEntities"))
                .isEqualTo(List.of(Map.of("resolvedId", "F-R4", "memberIds", List.of("F-R4", "F-R4b"))));
        assertThat((String) without.evidence().get("summary")).startsWith("5 linked consumers with 13 claims");
        assertThat(without.evidence().get("resolvedEntities")).isEqualTo(List.of());
    }

    @Test
    void aScanStoresWhatTheDetectorsFindWithResolution() {
        ScanView scan = fraud.scan();

        assertThat(scan.alerts()).containsEntry(AlertKind.REPEAT_CLAIM, 3L).containsEntry(AlertKind.INSURE_AFTER_LOSS, 2L);
        assertThat(fraud.alerts(new AlertQuery(AlertKind.INSURE_AFTER_LOSS, 0, 0, 10)).items())
                .anyMatch(a -> a.entityIds().contains(PRIOR_LOSS_CLAIM) && a.scanId().equals(scan.scanId()));
        assertThat(fraud.alerts(new AlertQuery(AlertKind.RING, 0, 0, 10)).items())
                .noneMatch(a -> a.entityIds().contains("F-Z1"));
    }
}
