package io.credlink.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.sanction.PropagationView.Affected;

/** Propagation of the default rules on the fixture graph, at the dates where things change. */
@CredLinkTest
class SanctionPropagationTest {

    @Autowired
    SanctionService sanctions;

    @Autowired
    Driver driver;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    List<String> reached(String sanctionId, String asOf, String rule) {
        return sanctions.propagation(sanctionId, d(asOf)).affected().stream()
                .filter(a -> a.rule().equals(rule)).map(Affected::entityId).toList();
    }

    @Test
    void r1BansTheExecutivesAndLegalRepresentativesOfTheDecisionDateAndR3ReachesTheirOtherOrgs() {
        PropagationView view = sanctions.propagation("S-INS1", d("2023-01-01"));

        assertThat(view.inForce()).isTrue();
        assertThat(view.status()).isEqualTo("IN_FORCE");
        assertThat(view.affected()).extracting(Affected::rule, Affected::entityId, Affected::measure, Affected::hops,
                Affected::path).containsExactly(
                tuple("R1", "P1", "OFFICE_BAN", 1, List.of("INS1", "P1")),
                tuple("R1", "P2", "OFFICE_BAN", 1, List.of("INS1", "P2")),
                tuple("R1", "P6", "OFFICE_BAN", 1, List.of("INS1", "P6")),
                tuple("R1", "P8", "OFFICE_BAN", 1, List.of("INS1", "P8")),
                tuple("R3", "AG1", "ENHANCED_SUPERVISION", 2, List.of("INS1", "P1", "AG1")));
        Affected p1 = view.affected().get(0);
        assertThat(p1.entityType()).isEqualTo("Practitioner");
        assertThat(p1.name()).isEqualTo("Person P1");
        assertThat(p1.disputed()).isFalse();
        assertThat(p1.partnerMeasures()).isNotEmpty();
        assertThat(view.truncated()).isEmpty();
    }

    @Test
    void r1CountsAffiliationsByTheDecisionDateToTheDay() {
        assertThat(reached("S-INS1", "2023-01-01", "R1"))
                .contains("P6", "P8") // started on / ended on the decision date
                .doesNotContain("P5", "P7", "P3"); // ended the day before, started the day after, an agent
    }

    @Test
    void r1DoesNotDependOnTheQueryDateButR3Does() {
        // P1's executive post at INS1 ended 2022-12-31: R1 still bans him (decision date counts).
        assertThat(reached("S-INS1", "2024-06-01", "R1")).contains("P1");
        // P2 is an executive of AG2 for 2024 only.
        assertThat(reached("S-INS1", "2023-12-31", "R3")).containsExactly("AG1");
        assertThat(reached("S-INS1", "2024-01-01", "R3")).containsExactly("AG1", "AG2");
        assertThat(reached("S-INS1", "2024-12-31", "R3")).containsExactly("AG1", "AG2");
        assertThat(reached("S-INS1", "2025-01-01", "R3")).containsExactly("AG1");
    }

    @Test
    void r3NeverReachesTheSanctionedOrganisationItself() {
        // P6 and P8 are still executives of INS1 on the query date; INS1 is not "another" org.
        assertThat(reached("S-INS1", "2023-01-01", "R3")).doesNotContain("INS1");
    }

    @Test
    void aSanctionPropagatesFromItsFirstToItsLastDay() {
        PropagationView before = sanctions.propagation("S-INS1", d("2022-06-30"));
        assertThat(before.inForce()).isFalse();
        assertThat(before.status()).isEqualTo("NOT_YET_EFFECTIVE");
        assertThat(before.explanation()).contains("2022-07-01");
        assertThat(before.explanationCode()).isEqualTo("propagation.notYetEffective");
        assertThat(before.explanationArgs()).isEqualTo(Map.of("effectiveFrom", "2022-07-01"));
        assertThat(before.affected()).isEmpty();

        assertThat(sanctions.propagation("S-INS1", d("2022-07-01")).affected()).isNotEmpty();
        assertThat(sanctions.propagation("S-INS1", d("2025-06-30")).affected()).isNotEmpty();

        PropagationView after = sanctions.propagation("S-INS1", d("2025-07-01"));
        assertThat(after.status()).isEqualTo("EXPIRED");
        assertThat(after.explanationCode()).isEqualTo("propagation.expired");
        assertThat(after.explanationArgs()).containsOnlyKeys("effectiveTo");
        assertThat(after.explanation()).contains((String) after.explanationArgs().get("effectiveTo"));
        assertThat(after.affected()).isEmpty();
    }

    @Test
    void r2ReachesTheOrganisationsOfABlacklistedPractitionerOnTheQueryDate() {
        assertThat(reached("S-Q1", "2023-06-30", "R2")).containsExactly("INS2");
        assertThat(reached("S-Q1", "2023-07-01", "R2")).containsExactly("AG2");
        Affected a = sanctions.propagation("S-Q1", d("2023-07-01")).affected().get(0);
        assertThat(a.measure()).isEqualTo("ENHANCED_SUPERVISION");
        assertThat(a.path()).containsExactly("Q1", "AG2");
    }

    @Test
    void aSanctionThatDoesNotBlacklistTriggersNoRule() {
        PropagationView view = sanctions.propagation("S-Q2", d("2023-06-01"));
        assertThat(view.inForce()).isTrue();
        assertThat(view.affected()).isEmpty();
    }

    @Test
    void r4FlagsConsumersSharingAPhoneOrBankAccountOnly() {
        PropagationView view = sanctions.propagation("S-C1", d("2023-06-01"));

        assertThat(view.affected()).extracting(Affected::entityId, Affected::measure, Affected::hops, Affected::path)
                .containsExactly(
                        tuple("C2", "REVIEW", 2, List.of("C1", "PHONE:13800000001", "C2")),
                        tuple("C3", "REVIEW", 2, List.of("C1", "BANK_ACCOUNT:6222000011112222", "C3")));
    }

    @Test
    void measuresOfADisputedSanctionAreMarkedDisputed() {
        PropagationView view = sanctions.propagation("S-DISPUTED", d("2023-06-01"));

        assertThat(view.affected()).extracting(Affected::entityId, Affected::disputed).containsExactly(tuple("P10", true));
        assertThat(view.explanation()).contains("disputed");
        assertThat(view.explanationCode()).startsWith("propagation.inForce");
        assertThat(view.explanationArgs()).containsEntry("disputed", true);
    }

    @Test
    void aWithdrawnSanctionIsKeptWithWhoWhenWhyAndPropagatesNothing() {
        SanctionView withdrawn = sanctions.withdraw("S-INS1", new WithdrawalRequest("decision annulled on review"), "reg1");

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawal().by()).isEqualTo("reg1");
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("decision annulled on review");
        assertThat(withdrawn.withdrawal().at()).isNotNull();
        assertThat(sanctions.find("S-INS1").withdrawn()).isTrue();
        PropagationView view = sanctions.propagation("S-INS1", d("2023-01-01"));
        assertThat(view.status()).isEqualTo("WITHDRAWN");
        assertThat(view.affected()).isEmpty();
        assertThatThrownBy(() -> sanctions.withdraw("S-INS1", new WithdrawalRequest("again"), "reg1"))
                .isInstanceOf(SanctionAlreadyWithdrawn.class);
        assertThatThrownBy(() -> sanctions.endEarly("S-INS1", new EarlyEndRequest(d("2023-01-01"), "x"), "reg1"))
                .isInstanceOf(SanctionAlreadyWithdrawn.class);
    }

    @Test
    void anEarlyEndKeepsThePreviousEndInTheHistory() {
        SanctionView ended = sanctions.endEarly("S-INS1", new EarlyEndRequest(d("2023-12-31"), "credit repaired"), "reg2");

        assertThat(ended.effectiveTo()).isEqualTo(d("2023-12-31"));
        assertThat(ended.history()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("EARLY_END");
            assertThat(c.by()).isEqualTo("reg2");
            assertThat(c.previousEffectiveTo()).isEqualTo(d("2025-06-30"));
            assertThat(c.effectiveTo()).isEqualTo(d("2023-12-31"));
            assertThat(c.reason()).isEqualTo("credit repaired");
        });
        assertThat(sanctions.propagation("S-INS1", d("2023-12-31")).inForce()).isTrue();
        assertThat(sanctions.propagation("S-INS1", d("2024-01-01")).status()).isEqualTo("EXPIRED");
    }

    @Test
    void anEarlyEndMustFallInsideTheCurrentPeriod() {
        assertThatThrownBy(() -> sanctions.endEarly("S-INS1", new EarlyEndRequest(d("2025-06-30"), "x"), "r"))
                .isInstanceOf(InvalidEarlyEnd.class);
        assertThatThrownBy(() -> sanctions.endEarly("S-INS1", new EarlyEndRequest(d("2022-06-30"), "x"), "r"))
                .isInstanceOf(InvalidEarlyEnd.class);
        assertThatThrownBy(() -> sanctions.endEarly("NOPE", new EarlyEndRequest(d("2023-01-01"), "x"), "r"))
                .isInstanceOf(SanctionNotFound.class);
    }

    @Test
    void recordingASanctionMakesItPropagateAndRejectsUnknownSubjectsAndTakenIds() {
        SanctionRequest request = new SanctionRequest(null, "Q2", "NFRA Shanghai", SanctionKind.BAN_FROM_INDUSTRY, 5,
                true, d("2024-01-05"), d("2024-01-10"), null, "forged policies");
        SanctionView recorded = sanctions.record(request, "reg1");

        assertThat(recorded.id()).startsWith("SAN-");
        assertThat(recorded.subjectType()).isEqualTo("Practitioner");
        assertThat(recorded.disputed()).isFalse();
        assertThat(recorded.withdrawn()).isFalse();
        assertThat(recorded.history()).isEmpty();
        assertThat(reached(recorded.id(), "2024-01-10", "R2")).containsExactly("INS2");

        assertThatThrownBy(() -> sanctions.record(withId(request, "S-INS1"), "reg1")).isInstanceOf(IdAlreadyUsed.class);
        assertThatThrownBy(() -> sanctions.record(withId(request, "INS2"), "reg1")).isInstanceOf(IdAlreadyUsed.class);
        assertThatThrownBy(() -> sanctions.record(new SanctionRequest(null, "NOBODY", "a", SanctionKind.FINE, 1, false,
                d("2024-01-01"), d("2024-01-01"), null, null), "reg1")).isInstanceOf(SubjectNotFound.class);
    }

    static SanctionRequest withId(SanctionRequest r, String id) {
        return new SanctionRequest(id, r.subjectId(), r.authority(), r.kind(), r.severity(), r.blacklist(),
                r.decidedOn(), r.effectiveFrom(), r.effectiveTo(), r.reason());
    }

    @Test
    void whatIfImpactGivesThePropagationAnswerAndLeavesNoTrace() {
        long before = graphSize();
        SanctionRequest proposal = new SanctionRequest(null, "INS1", "NFRA", SanctionKind.LICENSE_REVOKED, 5, true,
                d("2022-06-01"), d("2022-07-01"), d("2025-06-30"), "proposal");

        PropagationView impact = sanctions.impact(proposal, d("2024-06-01"));

        assertThat(impact.sanctionId()).isNull();
        assertThat(impact.affected()).isEqualTo(sanctions.propagation("S-INS1", d("2024-06-01")).affected());
        assertThat(graphSize()).isEqualTo(before);
        SanctionRequest unknown = new SanctionRequest(null, "NOBODY", "a", SanctionKind.FINE, 1, true,
                d("2024-01-01"), d("2024-01-01"), null, null);
        assertThatThrownBy(() -> sanctions.impact(unknown, d("2024-06-01"))).isInstanceOf(SubjectNotFound.class);
        assertThat(graphSize()).isEqualTo(before);
    }

    /** Nodes, relationships and property values: any write changes it. */
    long graphSize() {
        return driver.executableQuery("""
                MATCH (n) OPTIONAL MATCH (n)-[r]->()
                RETURN count(DISTINCT n) * 1000000 + count(r) * 1000 + sum(size(keys(n))) AS size
                """).execute().records().get(0).get("size").asLong();
    }

    @Test
    void creditRecordsAreRecordedAboutKnownParties() {
        CreditRecordView view = sanctions.recordCreditRecord(new CreditRecordRequest(null, "AG2", RecordKind.AWARD,
                d("2023-05-01"), 4, "model broker"), "reg1");

        assertThat(view.id()).startsWith("REC-");
        assertThat(sanctions.redList(d("2023-06-01"), 0, 50).items()).extracting(RedListEntry::partyId).contains("AG2");
        assertThatThrownBy(() -> sanctions.recordCreditRecord(new CreditRecordRequest("REC-AG1", "AG2",
                RecordKind.AWARD, d("2023-05-01"), 4, null), "reg1")).isInstanceOf(IdAlreadyUsed.class);
    }
}
