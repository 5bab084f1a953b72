package io.credlink.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;

/** Every detector on the fixture graph: its positive case, its near misses and the honest controls. */
@CredLinkTest
class FraudScanTest {

    @Autowired
    FraudService fraud;

    @Autowired
    Driver driver;

    @BeforeEach
    void fixture() {
        FraudFixtures.build(driver);
    }

    @AfterEach
    void clean() {
        GraphFixtures.deleteDomainData(driver);
    }

    List<AlertView> alerts(AlertKind kind) {
        return fraud.alerts(new AlertQuery(kind, 0, 0, 1000)).items();
    }

    @Test
    void everyDetectorFindsItsCaseAndNothingElse() {
        ScanView scan = fraud.scan();

        assertThat(scan.alerts()).containsEntry(AlertKind.REPEAT_CLAIM, 2L).containsEntry(AlertKind.INSURE_AFTER_LOSS, 1L)
                .containsEntry(AlertKind.FAKE_POLICY, 3L).containsEntry(AlertKind.FICTITIOUS_BUSINESS, 1L)
                .containsEntry(AlertKind.RING, 1L);
        assertThat(scan.tookMs()).isPositive();
    }

    @Test
    void repeatClaimsNameTheClaimsWithTheSharedSubjectOrInvoiceAsEvidence() {
        fraud.scan();
        List<AlertView> repeat = alerts(AlertKind.REPEAT_CLAIM);

        assertThat(repeat).extracting(a -> a.entityIds().stream().filter(id -> id.startsWith("F-CL-")).toList())
                .containsExactlyInAnyOrder(List.of(FraudFixtures.REPEAT_BY_INVOICE), List.of(FraudFixtures.REPEAT_BY_SUBJECT));
        AlertView bySubject = repeat.stream().filter(a -> a.entityIds().contains("F-CL-RC1")).findFirst().orElseThrow();
        assertThat(bySubject.entityIds()).contains("F-POL-RC1", "F-POL-RC2", "F-C-RC");
        assertThat(bySubject.evidence().get("insurerIds")).isEqualTo(List.of("F-INS-A", "F-INS-B"));
        assertThat(bySubject.evidence().get("matches").toString()).contains("SAME_SUBJECT").contains("苏A-RC001")
                .contains("daysApart=2");
        assertThat(bySubject.score()).isBetween(0.0, 1.0);
        AlertView byInvoice = repeat.stream().filter(a -> a.entityIds().contains("F-CL-INV1")).findFirst().orElseThrow();
        assertThat(byInvoice.evidence().get("matches").toString()).contains("SAME_INVOICE").contains("INV-DUP");
        // the same claimant and cause ten days apart is not a repeat claim
        assertThat(repeat).noneMatch(a -> a.entityIds().contains("F-CL-HON1"));
    }

    @Test
    void insureAfterLossNamesTheClaimAndPolicyWithTheDays() {
        fraud.scan();
        List<AlertView> ial = alerts(AlertKind.INSURE_AFTER_LOSS);

        assertThat(ial).hasSize(1);
        assertThat(ial.get(0).entityIds()).contains(FraudFixtures.INSURE_AFTER_LOSS).doesNotContain("F-CL-OK");
        assertThat(ial.get(0).evidence()).containsEntry("daysAfterStart", 3).containsEntry("startDate", "2023-03-01")
                .containsEntry("incidentDate", "2023-03-04");
    }

    @Test
    void fakePoliciesSayWhichCheckFailed() {
        fraud.scan();
        Map<String, Object> reasons = alerts(AlertKind.FAKE_POLICY).stream().collect(Collectors.toMap(
                a -> (String) a.evidence().get("policyId"), a -> a.evidence().get("reasons")));

        assertThat(reasons).containsOnlyKeys(FraudFixtures.FAKE);
        assertThat(reasons.get("F-POL-UNC")).isEqualTo(List.of("NOT_CONFIRMED_BY_INSURER"));
        assertThat(reasons.get("F-POL-OLD")).isEqualTo(List.of("SELLER_NOT_AFFILIATED_AT_START"));
        assertThat(reasons.get("F-POL-IMD")).isEqualTo(List.of("INTERMEDIARY_NOT_CONTRACTED_AT_START"));
        AlertView old = alerts(AlertKind.FAKE_POLICY).stream().filter(a -> a.entityIds().contains("F-POL-OLD"))
                .findFirst().orElseThrow();
        assertThat(old.evidence().get("agentAffiliations").toString()).contains("F-INS-A").contains("2020-06-30");
    }

    @Test
    void fictitiousBusinessFlagsTheHarvestingAgentButNotTheBusyAgentOrTheLargeBroker() {
        fraud.scan();
        List<AlertView> fb = alerts(AlertKind.FICTITIOUS_BUSINESS);

        assertThat(fb).hasSize(1);
        AlertView a = fb.get(0);
        assertThat(a.evidence()).containsEntry("sellerId", FraudFixtures.FICTITIOUS_AGENT).containsEntry("policies", 10)
                .containsEntry("cancelledEarly", 4);
        assertThat(a.entityIds()).contains(FraudFixtures.FICTITIOUS_AGENT, "F-POL-FB1", "F-POL-FB4")
                .doesNotContain("F-POL-FB5", FraudFixtures.BUSY_AGENT, FraudFixtures.LARGE_BROKER);
    }

    @Test
    void theRingIsFoundWithItsProfessionalsAndTheHonestControlsAreNot() {
        fraud.scan();
        FraudPage<RingView> rings = fraud.rings(0, 0, 50);

        assertThat(rings.total()).isEqualTo(1);
        RingView ring = rings.items().get(0);
        assertThat(ring.memberIds()).contains(FraudFixtures.RING_CONSUMERS)
                .contains(FraudFixtures.RING_GARAGE, FraudFixtures.RING_ADJUSTER, FraudFixtures.RING_AGENT)
                .doesNotContain(FraudFixtures.FAMILY).doesNotContain(FraudFixtures.BUSY_GARAGE);
        assertThat(ring.claimIds()).hasSize(12).allMatch(id -> id.startsWith("F-CL-R"));
        assertThat(ring.score()).isBetween(0.5, 1.0);
        assertThat(ring.evidence().get("concentrations").toString()).contains(FraudFixtures.RING_ADJUSTER);
        assertThat(ring.evidence().get("sharedIdentifiers").toString()).contains("BANK_ACCOUNT:6222000011");
        List<String> everything = new ArrayList<>();
        alerts(null).forEach(a -> everything.addAll(a.entityIds()));
        assertThat(everything).doesNotContain(FraudFixtures.FAMILY).doesNotContain(FraudFixtures.BUSY_GARAGE,
                FraudFixtures.LARGE_BROKER);
    }

    @Test
    void aRescanKeepsTheSameAlertIdsAndFirstSeenWithoutDuplicates() {
        ScanView first = fraud.scan();
        Map<String, AlertView> before = alerts(null).stream().collect(Collectors.toMap(AlertView::id, a -> a));
        ScanView second = fraud.scan();
        Map<String, AlertView> after = alerts(null).stream().collect(Collectors.toMap(AlertView::id, a -> a));

        assertThat(second.scanId()).isNotEqualTo(first.scanId());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(second.alerts()).isEqualTo(first.alerts());
        after.forEach((id, a) -> {
            assertThat(a.firstSeen()).isEqualTo(before.get(id).firstSeen());
            assertThat(a.scanId()).isEqualTo(second.scanId());
        });
        Long stored = driver.executableQuery("MATCH (a:FraudAlert) RETURN count(a) AS n").execute().records().get(0)
                .get("n").asLong();
        assertThat(stored).isEqualTo(before.size());
    }

    @Test
    void claimScoresAreDeterministicAndRankDetectedAndRingClaimsFirst() {
        fraud.scan();
        FraudPage<ClaimScoreView> first = fraud.claimScores(0, 0, 1000);
        fraud.scan();
        FraudPage<ClaimScoreView> second = fraud.claimScores(0, 0, 1000);

        assertThat(second.items()).extracting(ClaimScoreView::claimId, ClaimScoreView::score)
                .isEqualTo(first.items().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.claimId(), s.score())).toList());
        assertThat(first.total()).isEqualTo(56);
        assertThat(first.items()).allMatch(s -> s.score() >= 0 && s.score() <= 1);
        for (ClaimScoreView s : first.items()) {
            double sum = s.factors().stream().mapToDouble(ClaimScoreView.Factor::contribution).sum();
            assertThat(sum).isCloseTo(s.score(), org.assertj.core.data.Offset.offset(0.001));
        }
        Map<String, Double> score = first.items().stream().collect(Collectors.toMap(ClaimScoreView::claimId,
                ClaimScoreView::score));
        assertThat(score.get("F-CL-RC1")).isGreaterThan(score.get("F-CL-HON1"));
        assertThat(score.get("F-CL-R2-1")).isGreaterThan(score.get("F-CL-H5"));
        assertThat(fraud.claimScores(0.3, 0, 1000).items()).allMatch(s -> s.score() >= 0.3)
                .extracting(ClaimScoreView::claimId).contains("F-CL-RC1", "F-CL-IAL");
    }

    @Test
    void anUnknownAlertIsNotFound() {
        assertThatThrownBy(() -> fraud.alert("FA-nope")).isInstanceOf(AlertNotFound.class);
    }
}
