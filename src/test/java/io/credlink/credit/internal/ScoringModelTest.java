package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.credlink.credit.CreditProperties;
import io.credlink.credit.ScoreView.Factor;
import io.credlink.credit.internal.PartyFacts.BusinessFacts;
import io.credlink.credit.internal.PartyFacts.ClaimFact;
import io.credlink.credit.internal.PartyFacts.LedFirmSanction;
import io.credlink.credit.internal.PartyFacts.RecordFact;
import io.credlink.credit.internal.PartyFacts.SanctionFact;

class ScoringModelTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String[] TYPES = {"Insurer", "Intermediary", "Practitioner", "Consumer", "Provider"};
    static final String[] SANCTION_KINDS = {"WARNING", "FINE", "LICENSE_SUSPENDED", "LICENSE_REVOKED", "BAN_FROM_OFFICE",
            "BAN_FROM_INDUSTRY", "CRIMINAL_REFERRAL", "OTHER"};
    static final String[] PENALTY_RECORDS = {"COMPLAINT", "LITIGATION", "VIOLATION", "TAX_ARREARS", "OTHER"};
    static final String[] MERIT_RECORDS = {"AWARD", "RED_LIST"};
    static final String[] CLAIM_STATUSES = {"OPEN", "PAID", "DENIED", "WITHDRAWN", "FRAUD"};
    static final String[] STATUSES = {"ACTIVE", "SUSPENDED", "REVOKED", "EXITED"};

    final CreditProperties properties = CreditModelFixtures.defaults();
    final ScoringModel model = new ScoringModel(properties);

    static int sum(ScoringModel.Result r) {
        return r.base() + r.factors().stream().mapToInt(Factor::contribution).sum();
    }

    static SanctionFact sanction(String id, String kind, int severity, boolean blacklist, LocalDate from, LocalDate to) {
        return new SanctionFact(id, kind, severity, blacklist, from.minusDays(10), from, to, false, false);
    }

    static Network network(double exposure) {
        return exposure == 0 ? Network.NONE
                : new Network(exposure, List.of(new Network.Source("SRC", "BLACKLISTED", exposure, List.of("SRC", "X", "P"))));
    }

    /** A random party with every kind of fact, reproducible by seed. */
    static PartyFacts random(Random rnd, int n) {
        String type = TYPES[rnd.nextInt(TYPES.length)];
        PartyFacts f = PartyFacts.of("P" + n, type, type.equals("Consumer") || type.equals("Provider") ? null
                : STATUSES[rnd.nextInt(STATUSES.length)]);
        List<SanctionFact> sanctions = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            sanctions.add(randomSanction(rnd, "S" + n + "-" + i));
        }
        List<RecordFact> records = new ArrayList<>();
        for (int i = rnd.nextInt(6); i > 0; i--) {
            String kind = rnd.nextBoolean() ? PENALTY_RECORDS[rnd.nextInt(PENALTY_RECORDS.length)]
                    : MERIT_RECORDS[rnd.nextInt(MERIT_RECORDS.length)];
            records.add(new RecordFact("R" + n + "-" + i, kind, AS_OF.minusDays(rnd.nextInt(3000)), 1 + rnd.nextInt(5),
                    rnd.nextInt(5) == 0));
        }
        f = f.withSanctions(sanctions).withRecords(records);
        if (type.equals("Consumer")) {
            List<ClaimFact> claims = new ArrayList<>();
            for (int i = rnd.nextInt(8); i > 0; i--) {
                claims.add(new ClaimFact("C" + n + "-" + i, CLAIM_STATUSES[rnd.nextInt(CLAIM_STATUSES.length)],
                        AS_OF.minusDays(rnd.nextInt(2500)), rnd.nextInt(300_000), rnd.nextInt(4) != 0));
            }
            f = f.withClaims(claims);
        } else if (!type.equals("Practitioner")) {
            long claims = rnd.nextInt(200);
            long decided = claims == 0 ? 0 : rnd.nextLong(claims + 1);
            long policies = rnd.nextInt(500);
            f = f.withBusiness(new BusinessFacts(policies, policies == 0 ? 0 : rnd.nextLong(policies + 1), claims, decided,
                    decided == 0 ? 0 : rnd.nextLong(decided + 1), claims == 0 ? 0 : rnd.nextLong(claims + 1),
                    claims == 0 ? 0 : rnd.nextLong(claims + 1)));
        } else {
            List<LedFirmSanction> led = new ArrayList<>();
            for (int i = rnd.nextInt(3); i > 0; i--) {
                led.add(new LedFirmSanction("F" + i, "EXECUTIVE", randomSanction(rnd, "L" + n + "-" + i)));
            }
            f = f.withLedFirms(led);
        }
        return f;
    }

    static SanctionFact randomSanction(Random rnd, String id) {
        LocalDate decided = AS_OF.minusDays(rnd.nextInt(3000) - 30);
        LocalDate from = decided.plusDays(rnd.nextInt(60));
        LocalDate to = rnd.nextBoolean() ? null : from.plusDays(rnd.nextInt(1500));
        return new SanctionFact(id, SANCTION_KINDS[rnd.nextInt(SANCTION_KINDS.length)], 1 + rnd.nextInt(5), rnd.nextInt(4) == 0,
                decided, from, to, rnd.nextInt(8) == 0, rnd.nextInt(5) == 0);
    }

    @Test
    void aPartyWithoutFactsHasTheBaseScore() {
        ScoringModel.Result r = model.score(PartyFacts.of("C1", "Consumer", null), AS_OF, Network.NONE);

        assertThat(r.score()).isEqualTo(properties.baseScore());
        assertThat(r.factors()).isEmpty();
        assertThat(r.grade()).isEqualTo("B");
        assertThat(r.hasRecords()).isFalse();
    }

    @Test
    void factorsAlwaysAddUpToTheScoreWithinZeroToThousand() {
        Random rnd = new Random(42);
        for (int n = 0; n < 2000; n++) {
            PartyFacts f = random(rnd, n);
            ScoringModel.Result r = model.score(f, AS_OF, network(rnd.nextInt(3) == 0 ? rnd.nextDouble() : 0));
            assertThat(sum(r)).as("factors of %s: %s", f, r.factors()).isEqualTo(r.score());
            assertThat(r.score()).isBetween(0, 1000);
            assertThat(r.grade()).isEqualTo(r.blacklisted() ? "D" : model.grade(r.score()));
        }
    }

    @Test
    void clampingToZeroIsAFactorOfItsOwn() {
        List<SanctionFact> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(sanction("S" + i, "BAN_FROM_INDUSTRY", 5, false, AS_OF.minusDays(5), null));
        }
        ScoringModel.Result r = model.score(PartyFacts.of("P", "Practitioner", "REVOKED").withSanctions(many), AS_OF, Network.NONE);

        assertThat(r.score()).isZero();
        assertThat(r.factors()).last().extracting(Factor::name).isEqualTo(ScoringModel.CLAMP);
        assertThat(r.factors().get(r.factors().size() - 1).contribution()).isPositive();
        assertThat(sum(r)).isZero();
    }

    @Test
    void addingASanctionNeverRaisesAScore() {
        Random rnd = new Random(7);
        for (int n = 0; n < 2000; n++) {
            PartyFacts f = random(rnd, n);
            Network net = network(rnd.nextInt(3) == 0 ? rnd.nextDouble() : 0);
            int before = model.score(f, AS_OF, net).score();
            List<SanctionFact> more = new ArrayList<>(f.sanctions());
            more.add(randomSanction(rnd, "NEW" + n));
            int after = model.score(f.withSanctions(more), AS_OF, net).score();
            assertThat(after).as("adding %s to %s", more.get(more.size() - 1), f).isLessThanOrEqualTo(before);
        }
    }

    @Test
    void anAwardOrRedListEntryNeverLowersAScore() {
        Random rnd = new Random(11);
        for (int n = 0; n < 2000; n++) {
            PartyFacts f = random(rnd, n);
            Network net = network(rnd.nextInt(3) == 0 ? rnd.nextDouble() : 0);
            int before = model.score(f, AS_OF, net).score();
            List<RecordFact> more = new ArrayList<>(f.records());
            more.add(new RecordFact("AW" + n, MERIT_RECORDS[rnd.nextInt(2)], AS_OF.minusDays(rnd.nextInt(2000)),
                    1 + rnd.nextInt(5), rnd.nextBoolean()));
            int after = model.score(f.withRecords(more), AS_OF, net).score();
            assertThat(after).as("adding %s to %s", more.get(more.size() - 1), f).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void moreNetworkExposureNeverRaisesAScore() {
        PartyFacts f = PartyFacts.of("C", "Consumer", null);
        int previous = Integer.MAX_VALUE;
        for (double exposure : new double[] {0, 0.001, 0.01, 0.05, 0.1, 0.5, 2}) {
            int score = model.score(f, AS_OF, network(exposure)).score();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
        }
        ScoringModel.Result r = model.score(f, AS_OF, network(0.1));
        Factor factor = r.factors().get(0);
        assertThat(factor.name()).isEqualTo(ScoringModel.NETWORK);
        assertThat(factor.contribution()).isEqualTo((int) Math.round(properties.network().maxPenalty() * (1 - Math.exp(-1))));
        assertThat(factor.detail()).contains("SRC (BLACKLISTED").contains("SRC -> X -> P");
    }

    @Test
    void recordsDecayWithAgeHalvingAtTheHalfLife() {
        int fresh = contributionOf(new RecordFact("R", "VIOLATION", AS_OF, 3, false));
        int twoYears = contributionOf(new RecordFact("R", "VIOLATION", AS_OF.minusYears(2), 3, false));
        int fourYears = contributionOf(new RecordFact("R", "VIOLATION", AS_OF.minusYears(4), 3, false));

        assertThat(fresh).isEqualTo(properties.recordWeights().violation());
        assertThat(twoYears).isBetween(fresh / 2 - 1, fresh / 2 + 1);
        assertThat(fourYears).isBetween(fresh / 4 - 1, fresh / 4 + 1);
        assertThat(model.decay(AS_OF.minusYears(2), AS_OF)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void theHalfLifeIsConfigurable() {
        ScoringModel oneYear = new ScoringModel(CreditModelFixtures.properties(Map.of("credlink.credit.half-life", "P1Y")));
        assertThat(oneYear.decay(AS_OF.minusYears(2), AS_OF)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void aSanctionInForceCountsInFullAndDecaysFromItsEnd() {
        SanctionFact inForce = sanction("S", "FINE", 3, false, AS_OF.minusYears(5), null);
        SanctionFact ended = sanction("S", "FINE", 3, false, AS_OF.minusYears(5), AS_OF.minusYears(2));
        PartyFacts f = PartyFacts.of("C", "Consumer", null);

        int full = model.score(f.withSanctions(List.of(inForce)), AS_OF, Network.NONE).factors().get(0).contribution();
        int decayed = model.score(f.withSanctions(List.of(ended)), AS_OF, Network.NONE).factors().get(0).contribution();

        assertThat(full).isEqualTo(-properties.sanctionWeights().fine());
        assertThat(decayed).isBetween(full / 2 - 1, full / 2 + 1);
    }

    @Test
    void severityScalesAPenalty() {
        int mild = contributionOf(new RecordFact("R", "COMPLAINT", AS_OF, 1, false));
        int grave = contributionOf(new RecordFact("R", "COMPLAINT", AS_OF, 5, false));
        assertThat(grave).isLessThan(mild);
    }

    @Test
    void gradesChangeExactlyAtTheirThresholds() {
        assertThat(model.grade(1000)).isEqualTo("A");
        assertThat(model.grade(800)).isEqualTo("A");
        assertThat(model.grade(799)).isEqualTo("B");
        assertThat(model.grade(650)).isEqualTo("B");
        assertThat(model.grade(649)).isEqualTo("C");
        assertThat(model.grade(500)).isEqualTo("C");
        assertThat(model.grade(499)).isEqualTo("D");
        assertThat(model.grade(0)).isEqualTo("D");
    }

    @Test
    void aBlacklistingSanctionInForceMeansGradeDAndAScoreBelow500() {
        List<RecordFact> awards = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            awards.add(new RecordFact("A" + i, "RED_LIST", AS_OF.minusDays(i), 5, false));
        }
        SanctionFact black = sanction("S-BL", "WARNING", 1, true, AS_OF.minusDays(30), null);
        PartyFacts f = PartyFacts.of("AG", "Intermediary", "ACTIVE").withRecords(awards);
        assertThat(model.score(f, AS_OF, Network.NONE).grade()).isEqualTo("A");

        ScoringModel.Result r = model.score(f.withSanctions(List.of(black)), AS_OF, Network.NONE);

        assertThat(r.blacklisted()).isTrue();
        assertThat(r.grade()).isEqualTo("D");
        assertThat(r.score()).isEqualTo(properties.blacklistCap()).isLessThan(500);
        assertThat(r.factors()).extracting(Factor::name).contains(ScoringModel.BLACKLIST_CAP);
        assertThat(sum(r)).isEqualTo(r.score());
    }

    @Test
    void aBlacklistingSanctionThatEndedOrWasWithdrawnDoesNotCap() {
        SanctionFact ended = sanction("S-BL", "WARNING", 1, true, AS_OF.minusYears(3), AS_OF.minusYears(1));
        SanctionFact withdrawn = new SanctionFact("S-W", "BAN_FROM_INDUSTRY", 5, true, AS_OF.minusDays(40),
                AS_OF.minusDays(30), null, true, false);
        PartyFacts f = PartyFacts.of("C", "Consumer", null);

        ScoringModel.Result afterEnd = model.score(f.withSanctions(List.of(ended)), AS_OF, Network.NONE);
        ScoringModel.Result afterWithdrawal = model.score(f.withSanctions(List.of(withdrawn)), AS_OF, Network.NONE);

        assertThat(afterEnd.blacklisted()).isFalse();
        assertThat(afterEnd.grade()).isNotEqualTo("D");
        assertThat(afterWithdrawal.score()).isEqualTo(properties.baseScore());
        assertThat(afterWithdrawal.factors()).isEmpty();
    }

    @Test
    void disputedRecordsCountAndAreMarkedDisputed() {
        RecordFact disputed = new RecordFact("R-D", "LITIGATION", AS_OF, 3, true);
        ScoringModel.Result r = model.score(PartyFacts.of("C", "Consumer", null).withRecords(List.of(disputed)), AS_OF,
                Network.NONE);

        assertThat(r.factors()).singleElement().satisfies(x -> {
            assertThat(x.disputed()).isTrue();
            assertThat(x.contribution()).isEqualTo(properties.recordWeights().litigation());
            assertThat(x.detail()).contains("R-D").contains("disputed");
        });
        ScoringModel half = new ScoringModel(CreditModelFixtures.properties(Map.of("credlink.credit.disputed-weight", "0.5")));
        assertThat(half.score(PartyFacts.of("C", "Consumer", null).withRecords(List.of(disputed)), AS_OF, Network.NONE)
                .factors().get(0).contribution()).isEqualTo(properties.recordWeights().litigation() / 2);
    }

    @Test
    void recordsAndClaimsAfterTheDayDoNotCount() {
        PartyFacts f = PartyFacts.of("C", "Consumer", null)
                .withRecords(List.of(new RecordFact("R", "VIOLATION", AS_OF.plusDays(1), 3, false)))
                .withClaims(List.of(new ClaimFact("CL", "FRAUD", AS_OF.plusDays(1), 1000, true)));
        assertThat(model.score(f, AS_OF, Network.NONE).score()).isEqualTo(properties.baseScore());
    }

    @Test
    void fraudAndDeniedClaimsCostAConsumer() {
        PartyFacts clean = PartyFacts.of("C", "Consumer", null)
                .withClaims(List.of(new ClaimFact("CL1", "PAID", AS_OF.minusDays(100), 5000, true)));
        PartyFacts denied = clean.withClaims(List.of(new ClaimFact("CL1", "DENIED", AS_OF.minusDays(100), 5000, true)));
        PartyFacts fraud = clean.withClaims(List.of(new ClaimFact("CL1", "FRAUD", AS_OF.minusDays(100), 5000, true)));
        PartyFacts named = clean.withClaims(List.of(new ClaimFact("CL1", "FRAUD", AS_OF.minusDays(100), 5000, false)));

        int s0 = model.score(clean, AS_OF, Network.NONE).score();
        int s1 = model.score(denied, AS_OF, Network.NONE).score();
        int s2 = model.score(fraud, AS_OF, Network.NONE).score();
        int s3 = model.score(named, AS_OF, Network.NONE).score();

        assertThat(s0).isEqualTo(properties.baseScore());
        assertThat(s1).isLessThan(s0);
        assertThat(s2).isLessThan(s1);
        assertThat(s3).isLessThan(s0).isGreaterThan(s2);
    }

    @Test
    void frequentAndLargeClaimsCost() {
        List<ClaimFact> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claims.add(new ClaimFact("CL" + i, "PAID", AS_OF.minusDays(30L * i), 100_000, true));
        }
        ScoringModel.Result r = model.score(PartyFacts.of("C", "Consumer", null).withClaims(claims), AS_OF, Network.NONE);
        assertThat(r.factors()).extracting(Factor::name).contains("CLAIM_FREQUENCY", "CLAIM_AMOUNTS");
        assertThat(r.factors()).filteredOn(x -> x.name().equals("CLAIM_FREQUENCY")).singleElement()
                .extracting(Factor::contribution).isEqualTo(4 * properties.claims().perExtraClaim());
    }

    @Test
    void firmsPayForDenialsDelaysCancellationsAndFraudAboveTolerance() {
        PartyFacts insurer = PartyFacts.of("I", "Insurer", "ACTIVE").withBusiness(new BusinessFacts(100, 40, 100, 80, 40, 30, 0));
        ScoringModel.Result r = model.score(insurer, AS_OF, Network.NONE);
        assertThat(r.factors()).extracting(Factor::name).contains("DENIAL_RATE", "SETTLEMENT_DELAYS", "CANCELLATION_RATE");
        assertThat(r.factors()).allSatisfy(x -> {
            if (!x.name().equals("LICENCE_STATUS")) {
                assertThat(x.contribution()).isNegative().isGreaterThanOrEqualTo(properties.business().rateCap());
            }
        });

        PartyFacts tolerable = PartyFacts.of("I", "Insurer", "ACTIVE").withBusiness(new BusinessFacts(100, 10, 100, 80, 10, 2, 0));
        assertThat(model.score(tolerable, AS_OF, Network.NONE).factors()).extracting(Factor::name).containsExactly("LICENCE_STATUS");

        PartyFacts small = PartyFacts.of("I", "Insurer", "ACTIVE").withBusiness(new BusinessFacts(3, 3, 3, 3, 3, 3, 0));
        assertThat(model.score(small, AS_OF, Network.NONE).factors()).extracting(Factor::name).containsExactly("LICENCE_STATUS");

        PartyFacts provider = PartyFacts.of("H", "Provider", null).withBusiness(new BusinessFacts(0, 0, 20, 0, 0, 0, 4));
        assertThat(model.score(provider, AS_OF, Network.NONE).factors()).extracting(Factor::name).containsExactly("FRAUD_SHARE");
    }

    @Test
    void licenceStatusAndLedFirmsCountForPractitioners() {
        int active = model.score(PartyFacts.of("P", "Practitioner", "ACTIVE"), AS_OF, Network.NONE).score();
        int suspended = model.score(PartyFacts.of("P", "Practitioner", "SUSPENDED"), AS_OF, Network.NONE).score();
        int revoked = model.score(PartyFacts.of("P", "Practitioner", "REVOKED"), AS_OF, Network.NONE).score();
        assertThat(active).isGreaterThan(suspended);
        assertThat(suspended).isGreaterThan(revoked);

        SanctionFact firmFine = sanction("S-F", "FINE", 3, false, AS_OF.minusDays(20), null);
        ScoringModel.Result led = model.score(PartyFacts.of("P", "Practitioner", "ACTIVE")
                .withLedFirms(List.of(new LedFirmSanction("INS1", "EXECUTIVE", firmFine))), AS_OF, Network.NONE);
        assertThat(led.factors()).filteredOn(x -> x.name().equals("LED_FIRM_SANCTION")).singleElement().satisfies(x -> {
            assertThat(x.contribution()).isEqualTo((int) Math.round(-properties.sanctionWeights().fine() * properties.ledFirmShare()));
            assertThat(x.detail()).contains("INS1").contains("EXECUTIVE");
        });
    }

    private int contributionOf(RecordFact r) {
        return model.score(PartyFacts.of("C", "Consumer", null).withRecords(List.of(r)), AS_OF, Network.NONE).factors().get(0)
                .contribution();
    }
}
