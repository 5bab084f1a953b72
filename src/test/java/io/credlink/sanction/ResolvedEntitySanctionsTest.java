package io.credlink.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.CurrentUser;
import io.credlink.access.Role;
import io.credlink.resolution.Decision;
import io.credlink.resolution.DecisionRequest;
import io.credlink.resolution.ResolutionService;
import io.credlink.sanction.PropagationView.Affected;
import io.credlink.sanction.RestrictionsView.Restriction;

/**
 * A resolved entity is one party for joint sanctions: the same person or firm recorded by two
 * insurers under two ids, joined by a resolution decision on the embedded graph. A sanction on one
 * member propagates from every member and names the member its path starts from; members are
 * never reached as affected parties; the restrictions of any member hold every member's measures
 * and in-force sanctions, each naming its member; the lists carry every member. A look-alike that
 * resolution keeps apart is untouched, and a DIFFERENT decision undoes it all.
 */
@CredLinkTest
class ResolvedEntitySanctionsTest {

    static final LocalDate DAY = LocalDate.parse("2023-03-01");

    @Autowired
    SanctionService sanctions;

    @Autowired
    ResolutionService resolution;

    @Autowired
    MeasureFeedbackService feedback;

    @Autowired
    Driver driver;

    @BeforeEach
    void fixture() {
        SanctionFixtures.clear(driver);
        SanctionFixtures.build(driver);
        SanctionFixtures.buildDuplicates(driver);
    }

    @AfterEach
    void clean() {
        SanctionFixtures.clear(driver);
    }

    void decide(String a, String b, Decision decision) {
        resolution.decide(new DecisionRequest(a, b, decision, "checked the id cards"), "analyst");
    }

    @Test
    void aSanctionOnOneMemberReachesTheOrganisationsOfTheOtherNamingIt() {
        PropagationView before = sanctions.propagation("S-Q1", DAY);
        assertThat(before.members()).extracting(PropagationView.Member::entityId).containsExactly("Q1");
        assertThat(before.affected()).extracting(Affected::entityId).containsExactly("INS2");

        decide("Q1", "Q1B", Decision.SAME);

        PropagationView after = sanctions.propagation("S-Q1", DAY);
        assertThat(after.members()).extracting(PropagationView.Member::entityId, PropagationView.Member::entityType)
                .containsExactly(tuple("Q1", "Practitioner"), tuple("Q1B", "Practitioner"));
        assertThat(after.affected()).extracting(Affected::entityId, Affected::rule, Affected::hops, Affected::path,
                Affected::viaMember).containsExactly(
                        tuple("INS1", "R2", 1, List.of("Q1B", "INS1"), "Q1B"),
                        tuple("INS2", "R2", 1, List.of("Q1", "INS2"), null));
    }

    @Test
    void membersAreTheSanctionedPartyItselfNeverAPartyItReaches() {
        LocalDate day = LocalDate.parse("2023-06-01");
        assertThat(sanctions.propagation("S-C1", day).affected()).extracting(Affected::entityId)
                .as("C5 shares C1's phone: flagged while resolution keeps them apart").containsExactly("C2", "C3", "C5");

        decide("C1", "C5", Decision.SAME);

        assertThat(sanctions.propagation("S-C1", day).affected())
                .extracting(Affected::entityId, Affected::path, Affected::viaMember).containsExactly(
                        tuple("C2", List.of("C1", "PHONE:13800000001", "C2"), null),
                        tuple("C3", List.of("C1", "BANK_ACCOUNT:6222000011112222", "C3"), null),
                        tuple("C6", List.of("C5", "PHONE:13900000005", "C6"), "C5"));
    }

    @Test
    void aFirmsOtherIdCarriesItsBlacklistingToItsExecutivesAndOnAlongR3() {
        LocalDate day = LocalDate.parse("2023-06-01");
        decide("AG3", "AG4", Decision.SAME);

        PropagationView view = sanctions.propagation("S-DISPUTED", day);
        assertThat(view.affected()).extracting(Affected::entityId, Affected::rule, Affected::path, Affected::viaMember,
                Affected::disputed).containsExactly(
                        tuple("P10", "R1", List.of("AG3", "P10"), null, true),
                        tuple("P11", "R1", List.of("AG4", "P11"), "AG4", true),
                        tuple("AG2", "R3", List.of("AG4", "P11", "AG2"), "AG4", true));
        assertThat(view.affected()).extracting(Affected::entityId).as("R3 goes to other orgs than the firm's ids")
                .doesNotContain("AG3", "AG4");
        assertThat(sanctions.restrictions("AG2", day).restrictions())
                .extracting(Restriction::sanctionId, Restriction::sanctionedId, Restriction::subjectId, Restriction::viaMember)
                .contains(tuple("S-DISPUTED", "AG3", "AG2", "AG4"));
    }

    @Test
    void theRestrictionsOfAnyMemberHoldEveryMembersMeasuresAndSanctionsNamingTheMember() {
        LocalDate day = LocalDate.parse("2022-07-01");
        assertThat(sanctions.restrictions("P12", day).restrictions()).isEmpty();

        decide("P1", "P12", Decision.SAME);
        decide("Q1", "Q1B", Decision.SAME);

        for (String id : List.of("P1", "P12")) {
            RestrictionsView view = sanctions.restrictions(id, day);
            assertThat(view.entityId()).isEqualTo(id);
            assertThat(view.resolvedId()).isEqualTo("P1");
            assertThat(view.blacklisted()).isFalse();
            assertThat(view.activeSanctions()).isEmpty();
            assertThat(view.restrictions()).extracting(Restriction::subjectId, Restriction::sanctionId, Restriction::measure,
                    Restriction::path, Restriction::hops, Restriction::viaMember).containsExactly(
                            tuple("P1", "S-INS1", "OFFICE_BAN", List.of("INS1", "P1"), 1, null),
                            tuple("P12", "S-INS1", "OFFICE_BAN", List.of("INS1", "P1", "P12"), 1, null));
        }

        RestrictionsView q1b = sanctions.restrictions("Q1B", DAY);
        assertThat(q1b.blacklisted()).as("the person is blacklisted under Q1").isTrue();
        assertThat(q1b.resolvedId()).isEqualTo("Q1");
        assertThat(q1b.activeSanctions()).extracting(InForceSanction::sanctionId, InForceSanction::subjectId,
                InForceSanction::blacklist).containsExactly(tuple("S-Q1", "Q1", true));
        assertThat(sanctions.restrictions("INS1", DAY).restrictions())
                .extracting(Restriction::sanctionId, Restriction::sanctionedId, Restriction::rule, Restriction::path,
                        Restriction::subjectId, Restriction::viaMember)
                .contains(tuple("S-Q1", "Q1", "R2", List.of("Q1B", "INS1"), "INS1", "Q1B"));

        RestrictionsView lookAlike = sanctions.restrictions("C8", LocalDate.parse("2023-06-01"));
        assertThat(lookAlike.resolvedId()).isEqualTo("C8");
        assertThat(lookAlike.blacklisted()).as("a look-alike of C1 that resolution keeps apart").isFalse();
        assertThat(lookAlike.restrictions()).isEmpty();
        assertThat(lookAlike.activeSanctions()).isEmpty();
    }

    @Test
    void propagationGoesOnFromEveryMemberOfAReachedPartyWithTheSameAsStepInItsPath() {
        LocalDate day = LocalDate.parse("2022-07-01");
        // P12 (INS2's record of P1) is also an executive of INS2: R3 must reach INS2 once P1 and P12 are one person
        driver.executableQuery("""
                MATCH (p:Practitioner {id: 'P12'}), (o:Insurer {id: 'INS2'})
                CREATE (p)-[:AFFILIATED_WITH {role: 'EXECUTIVE', from: date('2021-06-01')}]->(o)""").execute();
        io.credlink.FixtureWrites.announce("P12 executive of INS2");
        assertThat(sanctions.propagation("S-INS1", day).affected()).extracting(Affected::entityId)
                .as("P12 apart: S-INS1 reaches P1 only").doesNotContain("P12", "INS2");

        decide("P1", "P12", Decision.SAME);

        PropagationView view = sanctions.propagation("S-INS1", day);
        assertThat(view.affected()).extracting(Affected::entityId, Affected::rule, Affected::hops, Affected::path,
                Affected::viaMember).contains(
                        tuple("P1", "R1", 1, List.of("INS1", "P1"), null),
                        tuple("P12", "R1", 1, List.of("INS1", "P1", "P12"), null),
                        tuple("AG1", "R3", 2, List.of("INS1", "P1", "AG1"), null),
                        tuple("INS2", "R3", 2, List.of("INS1", "P1", "P12", "INS2"), null));
        assertThat(sanctions.restrictions("INS2", day).restrictions())
                .extracting(Restriction::sanctionId, Restriction::rule, Restriction::hops, Restriction::path)
                .containsExactly(tuple("S-INS1", "R3", 2, List.of("INS1", "P1", "P12", "INS2")));
        for (String party : List.of("INS2", "P1", "P12", "AG1", "INS1")) {
            assertThat(sanctions.restrictions(party, day).restrictions())
                    .extracting(Restriction::sanctionId, Restriction::rule, Restriction::path)
                    .as("restrictions of %s are what propagation of each sanction puts on its entity", party)
                    .containsExactlyInAnyOrderElementsOf(propagated(day, party));
        }

        decide("P1", "P12", Decision.DIFFERENT);
        assertThat(sanctions.propagation("S-INS1", day).affected()).extracting(Affected::entityId)
                .doesNotContain("P12", "INS2");
        assertThat(sanctions.restrictions("INS2", day).restrictions()).isEmpty();
    }

    /** What the propagation of every sanction puts on the members of a party's entity on a day. */
    List<org.assertj.core.groups.Tuple> propagated(LocalDate day, String party) {
        List<String> members = driver.executableQuery("""
                        MATCH (p:Party {id: $id}) WITH coalesce(p.resolvedId, p.id) AS rid
                        MATCH (m:Party) WHERE coalesce(m.resolvedId, m.id) = rid RETURN m.id AS id""")
                        .withParameters(java.util.Map.of("id", party)).execute().records().stream()
                        .map(r -> r.get("id").asString()).toList();
        List<org.assertj.core.groups.Tuple> out = new java.util.ArrayList<>();
        for (String s : driver.executableQuery("MATCH (s:Sanction) RETURN s.id AS id ORDER BY id").execute().records()
                .stream().map(r -> r.get("id").asString()).toList()) {
            sanctions.propagation(s, day).affected().stream().filter(a -> members.contains(a.entityId()))
                    .forEach(a -> out.add(tuple(s, a.rule(), a.path())));
        }
        return out;
    }

    @Test
    void theListsCarryEveryMemberOfAnEntityNamingTheMemberOfTheSanctionOrRecord() {
        assertThat(sanctions.redList(DAY, 0, 0).items()).extracting(RedListEntry::partyId)
                .containsExactly("AG1", "AG4", "INS2", "P12");

        decide("Q1", "Q1B", Decision.SAME);
        decide("AG3", "AG4", Decision.SAME);
        decide("P1", "P12", Decision.SAME);

        PageView<BlackListEntry> black = sanctions.blackList(DAY, 0, 0);
        assertThat(black.items()).extracting(BlackListEntry::partyId, BlackListEntry::sanctionId,
                BlackListEntry::sanctionedId, BlackListEntry::resolvedId).containsExactly(
                        tuple("AG3", "S-DISPUTED", "AG3", "AG3"),
                        tuple("AG4", "S-DISPUTED", "AG3", "AG3"),
                        tuple("C1", "S-C1", "C1", "C1"),
                        tuple("INS1", "S-INS1", "INS1", "INS1"),
                        tuple("Q1", "S-Q1", "Q1", "Q1"),
                        tuple("Q1B", "S-Q1", "Q1", "Q1"));
        assertThat(black.total()).isEqualTo(6);
        assertThat(sanctions.blackList(DAY, 1, 2).items()).extracting(BlackListEntry::partyId)
                .containsExactly("C1", "INS1");

        PageView<RedListEntry> red = sanctions.redList(DAY, 0, 0);
        assertThat(red.items()).extracting(RedListEntry::partyId, RedListEntry::recordId, RedListEntry::recordSubjectId,
                RedListEntry::resolvedId).as("AG4 left: its firm is blacklisted under AG3; P1 joined under P12's award")
                .containsExactly(
                        tuple("AG1", "REC-AG1", "AG1", "AG1"),
                        tuple("INS2", "REC-INS2", "INS2", "INS2"),
                        tuple("P1", "REC-P12", "P12", "P1"),
                        tuple("P12", "REC-P12", "P12", "P1"));
        assertThat(red.total()).isEqualTo(4);
    }

    @Test
    void anInsurerReportsTheBlacklistingOfThePersonUnderItsOwnId() {
        CurrentUser insurer = new CurrentUser("insurer-ins1", Role.INSURER, java.util.Optional.of("INS1"),
                java.util.Optional.empty());
        MeasureFeedbackRequest refusal = new MeasureFeedbackRequest("S-Q1", "Q1B", "BLACKLIST",
                FeedbackAction.REFUSED_CONTRACT, DAY, "agency contract refused", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> feedback.record(refusal, insurer))
                .as("Q1B is not yet known to be Q1").isInstanceOf(MeasureNotApplicable.class);

        decide("Q1", "Q1B", Decision.SAME);

        assertThat(feedback.record(refusal, insurer).entityId()).isEqualTo("Q1B");
        assertThat(feedback.feedback("S-Q1", DAY).measures()).extracting(m -> m.entityId(), m -> m.measure(),
                m -> m.applied()).startsWith(tuple("Q1", "BLACKLIST", false), tuple("Q1B", "BLACKLIST", true));
    }

    @Test
    void aDifferentDecisionUndoesWhatTheSameDecisionJoined() {
        decide("Q1", "Q1B", Decision.SAME);
        assertThat(sanctions.restrictions("Q1B", DAY).blacklisted()).isTrue();

        decide("Q1", "Q1B", Decision.DIFFERENT);

        RestrictionsView q1b = sanctions.restrictions("Q1B", DAY);
        assertThat(q1b.blacklisted()).isFalse();
        assertThat(q1b.resolvedId()).isEqualTo("Q1B");
        assertThat(sanctions.propagation("S-Q1", DAY).affected()).extracting(Affected::entityId).containsExactly("INS2");
        assertThat(sanctions.restrictions("INS1", DAY).restrictions()).extracting(Restriction::sanctionId)
                .doesNotContain("S-Q1");
        assertThat(sanctions.blackList(DAY, 0, 0).items()).extracting(BlackListEntry::partyId).doesNotContain("Q1B");
    }
}
