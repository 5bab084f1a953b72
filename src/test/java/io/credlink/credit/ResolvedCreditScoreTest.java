package io.credlink.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.credit.ScoreView.Factor;
import io.credlink.graph.BackgroundWork;
import io.credlink.resolution.Decision;
import io.credlink.resolution.DecisionRequest;
import io.credlink.resolution.ResolutionService;
import io.credlink.sanction.SanctionKind;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;

/**
 * Credit scores of resolved entities on the real graph: C7 (a customer of INS2) and C8 (a customer
 * of INS1) are one person once an analyst says so through the resolution API. Then every member's
 * facts count once for both, the members get one score, the network treats them as one node, and
 * the resolution's event rescores them in the background.
 */
@CredLinkTest
class ResolvedCreditScoreTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Driver driver;

    @Autowired
    CreditService credit;

    @Autowired
    SanctionService sanctions;

    @Autowired
    ResolutionService resolution;

    @Autowired
    BackgroundWork background;

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        // the two records of one person at two insurers; they share a phone (PHONE:7) already
        driver.executableQuery("""
                MATCH (c7:Consumer {id: 'C7'}), (c8:Consumer {id: 'C8'}), (ins1:Insurer {id: 'INS1'}), (ins2:Insurer {id: 'INS2'})
                CREATE (c7)-[:HOLDS]->(p2:Entity:Policy {id: 'POL-C7', line: 'AUTO', startDate: date('2023-01-01'), status: 'ACTIVE'})-[:ISSUED_BY]->(ins2)
                CREATE (c8)-[:HOLDS]->(p3:Entity:Policy {id: 'POL-C8', line: 'HEALTH', startDate: date('2023-01-01'), status: 'ACTIVE'})-[:ISSUED_BY]->(ins1)
                """).execute();
        credit.recomputeAll(TODAY);
    }

    @AfterEach
    void clean() {
        CreditFixtures.awaitScores(background);
        CreditFixtures.clear(driver);
    }

    void decide(String a, String b, Decision decision) {
        resolution.decide(new DecisionRequest(a, b, decision, "checked with both insurers"), "analyst");
        CreditFixtures.awaitScores(background);
    }

    ScoreView score(String id) {
        return credit.score(id, null);
    }

    static List<Factor> factors(ScoreView s, String name) {
        return s.factors().stream().filter(f -> f.name().equals(name)).toList();
    }

    static int sum(ScoreView s) {
        return s.base() + s.factors().stream().mapToInt(Factor::contribution).sum();
    }

    @Test
    void aSanctionOnOneMemberLowersBothMembersScoresEquallyAndNamesTheMember() {
        ScoreView unrelated = score("C2");
        decide("C7", "C8", Decision.SAME);
        ScoreView merged7 = score("C7");
        assertThat(score("C8").score()).isEqualTo(merged7.score());

        sanctions.record(new SanctionRequest("S-RES-C7", "C7", "NFRA", SanctionKind.FINE, 3, false, TODAY.minusDays(1),
                TODAY.minusDays(1), null, "fined at one insurer"), "regulator");
        CreditFixtures.awaitScores(background);

        ScoreView c7 = score("C7");
        ScoreView c8 = score("C8");
        assertThat(c7.score()).isEqualTo(c8.score()).isLessThan(merged7.score());
        assertThat(c7.grade()).isEqualTo(c8.grade());
        assertThat(sum(c8)).isEqualTo(c8.score());
        assertThat(c7.entityType()).isEqualTo("Consumer");
        for (ScoreView s : List.of(c7, c8)) {
            List<Factor> fines = factors(s, "SANCTION");
            assertThat(fines).hasSize(1);
            assertThat(fines.get(0).detail()).contains("S-RES-C7");
            assertThat(fines.get(0).subjectId()).as("the member the sanction is against").isEqualTo("C7");
            assertThat(merged7.score() - s.score()).isEqualTo(-fines.get(0).contribution());
        }
        // a party of no entity and far from both is as it was
        ScoreView after = score("C2");
        assertThat(after.score()).isEqualTo(unrelated.score());
        assertThat(after.factors()).isEqualTo(unrelated.factors());
    }

    @Test
    void aFactReachedThroughTwoMembersCountsOnce() {
        // one complaint and one sanction recorded against both records of the person
        driver.executableQuery("""
                MATCH (c7:Consumer {id: 'C7'}), (c8:Consumer {id: 'C8'})
                CREATE (r:Entity:CreditRecord {id: 'R-BOTH', kind: 'LITIGATION', date: date() - duration('P30D'), severity: 3, disputed: false})
                CREATE (r)-[:ABOUT]->(c7), (r)-[:ABOUT]->(c8)
                CREATE (s:Entity:Sanction {id: 'S-BOTH', authority: 'NFRA', kind: 'WARNING', severity: 2, blacklist: false,
                        decidedOn: date() - duration('P20D'), effectiveFrom: date() - duration('P20D'), withdrawn: false, disputed: false})
                CREATE (s)-[:AGAINST]->(c7), (s)-[:AGAINST]->(c8)
                """).execute();
        credit.recomputeAll(TODAY);
        ScoreView alone = score("C7");
        int litigation = factors(alone, "LITIGATION").get(0).contribution();
        int warning = factors(alone, "SANCTION").get(0).contribution();

        decide("C7", "C8", Decision.SAME);

        for (String id : List.of("C7", "C8")) {
            ScoreView s = score(id);
            assertThat(factors(s, "LITIGATION")).as(id).singleElement()
                    .satisfies(f -> assertThat(f.contribution()).isEqualTo(litigation))
                    .satisfies(f -> assertThat(f.subjectId()).isEqualTo("C7"));
            assertThat(factors(s, "SANCTION")).as(id).singleElement()
                    .satisfies(f -> assertThat(f.contribution()).isEqualTo(warning));
            assertThat(sum(s)).isEqualTo(s.score());
        }
        assertThat(score("C7").score()).isEqualTo(score("C8").score());
    }

    @Test
    void membersAreOneNodeOfTheNetwork() {
        sanctions.record(new SanctionRequest("S-BL-C7", "C7", "NFRA", SanctionKind.BAN_FROM_INDUSTRY, 5, true,
                TODAY.minusDays(1), TODAY.minusDays(1), null, "blacklisted"), "regulator");
        CreditFixtures.awaitScores(background);
        // alone, C8 is exposed to C7 through their shared phone; INS1 is too far (C7-phone-C8-policy-INS1)
        assertThat(exposureSources(score("C8"))).contains("C7");
        assertThat(exposureSources(score("INS1"))).doesNotContain("C7");
        assertThat(exposures("C8")).contains("C7@[C8, PHONE:7, C7]");

        decide("C7", "C8", Decision.SAME);

        ScoreView c8 = score("C8");
        // C8 holds C7's blacklisting as the entity's own, and no exposure to itself
        assertThat(c8.blacklisted()).isTrue();
        assertThat(c8.grade()).isEqualTo("D");
        assertThat(exposureSources(c8)).doesNotContain("C7");
        assertThat(c8.score()).isEqualTo(score("C7").score());
        // C8's insurer is now two hops from the blacklisted person: through C8's policy
        assertThat(exposureSources(score("INS1"))).contains("C7");
        // the blacklisted parties near a member: none of its own entity; INS1's other customer's
        assertThat(exposures("C8")).noneMatch(e -> e.startsWith("C7@"));
        assertThat(exposures("INS1")).contains("C7@[INS1, POL-C8, C8, C7]");

        // the members parted again: C8 is its own party, exposed to C7 as before
        decide("C7", "C8", Decision.DIFFERENT);
        ScoreView parted = score("C8");
        assertThat(parted.blacklisted()).isFalse();
        assertThat(exposureSources(parted)).contains("C7");
        assertThat(factors(parted, "SANCTION")).isEmpty();
    }

    @Test
    void aResolutionDecisionRescoresTheMembersInTheBackground() {
        sanctions.record(new SanctionRequest("S-RES-C7", "C7", "NFRA", SanctionKind.FINE, 4, false, TODAY.minusDays(1),
                TODAY.minusDays(1), null, "fined"), "regulator");
        CreditFixtures.awaitScores(background);
        int c8Alone = score("C8").score();

        decide("C8", "C7", Decision.SAME);

        RecomputationRunView run = credit.recomputations(100).runs().stream()
                .filter(r -> r.triggers().stream().anyMatch(t -> t.startsWith("resolution "))).findFirst()
                .orElseThrow(() -> new AssertionError("no recomputation after the decision"));
        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.parties()).isEqualTo(2);
        assertThat(score("C8").score()).isLessThan(c8Alone).isEqualTo(score("C7").score());
        assertThat(factors(score("C8"), "SANCTION")).extracting(Factor::subjectId).containsExactly("C7");

        decide("C8", "C7", Decision.DIFFERENT);
        assertThat(score("C8").score()).isEqualTo(c8Alone);
        assertThat(factors(score("C8"), "SANCTION")).isEmpty();
    }

    /** The blacklisted parties near a party, as a check lists them: source@path. */
    List<String> exposures(String id) {
        return credit.check(new CounterpartyCheckRequest(List.of(id), null)).results().get(0).exposures().stream()
                .map(e -> e.entityId() + "@" + e.path()).toList();
    }

    /** The sources a score's network factor names. */
    static List<String> exposureSources(ScoreView s) {
        return factors(s, "NETWORK_EXPOSURE").stream()
                .flatMap(f -> java.util.regex.Pattern.compile("([A-Z0-9-]+) \\((?:BLACKLISTED|SANCTIONED|FRAUD)")
                        .matcher(f.detail()).results().map(m -> m.group(1)))
                .toList();
    }
}
