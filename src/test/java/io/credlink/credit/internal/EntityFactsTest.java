package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.credlink.credit.ScoreView.Factor;
import io.credlink.credit.internal.PartyFacts.BusinessFacts;
import io.credlink.credit.internal.PartyFacts.ClaimFact;
import io.credlink.credit.internal.PartyFacts.RecordFact;
import io.credlink.credit.internal.PartyFacts.SanctionFact;

/** The facts of a resolved entity: every member's, each counted once, the same whichever member is scored. */
class EntityFactsTest {

    static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    static final SanctionFact FINE = new SanctionFact("S1", "FINE", 3, false, DAY.minusDays(10), DAY.minusDays(10), null,
            false, false);
    static final RecordFact COMPLAINT = new RecordFact("R1", "COMPLAINT", DAY.minusDays(5), 2, false);

    final ScoringModel model = new ScoringModel(CreditModelFixtures.defaults());

    @Test
    void aFactOfTwoMembersCountsOnceAndNamesTheFirstMemberItWasFoundOn() {
        PartyFacts a = PartyFacts.of("A", "Consumer", null).withSanctions(List.of(FINE)).withRecords(List.of(COMPLAINT));
        PartyFacts b = PartyFacts.of("B", "Consumer", null).withSanctions(List.of(FINE));

        PartyFacts entity = EntityFacts.of("B", List.of(a, b));

        assertThat(entity.id()).isEqualTo("B");
        assertThat(entity.sanctions()).containsExactly(FINE);
        assertThat(entity.records()).containsExactly(COMPLAINT);
        assertThat(entity.subjectOf("S1")).isEqualTo("A");
        assertThat(entity.subjectOf("R1")).isEqualTo("A");
        List<Factor> factors = model.score(entity, DAY, Network.NONE).factors();
        assertThat(factors).filteredOn(f -> f.name().equals("SANCTION")).singleElement()
                .extracting(Factor::subjectId).isEqualTo("A");
    }

    @Test
    void everyMemberScoresTheSame() {
        PartyFacts consumer = PartyFacts.of("C", "Consumer", null).withClaims(List.of(
                new ClaimFact("CL1", "FRAUD", DAY.minusDays(30), 1000, true)));
        PartyFacts practitioner = PartyFacts.of("P", "Practitioner", "SUSPENDED").withSanctions(List.of(FINE));
        PartyFacts other = PartyFacts.of("Q", "Practitioner", "ACTIVE");
        List<PartyFacts> members = List.of(consumer, practitioner, other);

        ScoringModel.Result asConsumer = model.score(EntityFacts.of("C", members), DAY, Network.NONE);
        ScoringModel.Result asPractitioner = model.score(EntityFacts.of("P", members), DAY, Network.NONE);

        assertThat(asConsumer.score()).isEqualTo(asPractitioner.score());
        assertThat(asConsumer.factors()).isEqualTo(asPractitioner.factors());
        // scored as a practitioner (the licence counts, the worst of the members') with the customer's claims
        assertThat(asConsumer.type()).isEqualTo("Practitioner");
        assertThat(asConsumer.factors()).extracting(Factor::name).contains("LICENCE_STATUS", "FRAUD_CLAIMS", "SANCTION");
        assertThat(asConsumer.factors()).filteredOn(f -> f.name().equals("LICENCE_STATUS")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("SUSPENDED"));
    }

    @Test
    void aClaimOneMemberFiledAndAnotherIsNamedOnIsFiledByTheEntity() {
        PartyFacts named = PartyFacts.of("A", "Consumer", null).withClaims(List.of(
                new ClaimFact("CL1", "FRAUD", DAY.minusDays(30), 1000, false)));
        PartyFacts filer = PartyFacts.of("B", "Consumer", null).withClaims(List.of(
                new ClaimFact("CL1", "FRAUD", DAY.minusDays(30), 1000, true)));

        PartyFacts entity = EntityFacts.of("A", List.of(named, filer));

        assertThat(entity.claims()).singleElement().satisfies(c -> assertThat(c.claimant()).isTrue());
    }

    @Test
    void firmBehaviourIsSummedOverTheMembersOfTheEntitysType() {
        PartyFacts one = PartyFacts.of("I1", "Insurer", "ACTIVE").withBusiness(new BusinessFacts(10, 1, 20, 10, 2, 1, 0));
        PartyFacts two = PartyFacts.of("I2", "Insurer", "ACTIVE").withBusiness(new BusinessFacts(5, 4, 10, 5, 3, 0, 1));

        assertThat(EntityFacts.of("I2", List.of(one, two)).business()).isEqualTo(new BusinessFacts(15, 5, 30, 15, 5, 1, 1));
        // a party alone is its own facts
        assertThat(EntityFacts.of("I1", List.of(one))).isSameAs(one);
    }
}
