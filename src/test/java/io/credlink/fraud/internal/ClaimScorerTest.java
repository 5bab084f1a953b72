package io.credlink.fraud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.credlink.fraud.FraudProperties;

class ClaimScorerTest {

    static final FraudProperties.Scores DEFAULTS = new FraudProperties.Scores(0.85, 50, 1e-9, Period.ofYears(2), 0.6,
            0.3, 0.1, 20000);
    static final LocalDate REF = LocalDate.of(2025, 6, 30);

    /** K1 is known fraud by A; K2 is A's other claim; K3 shares only garage G with K1; K4 is alone. */
    static ClaimGraph graph(LocalDate fraudDate) {
        ClaimGraph g = new ClaimGraph();
        g.addClaim("K1", "P1", true, fraudDate, List.of("A", "W"), List.of("A"), List.of("G"));
        g.addClaim("K2", "P2", false, REF.minusDays(10), List.of("A"), List.of("A"), List.of("G2"));
        g.addClaim("K3", "P3", false, REF.minusDays(10), List.of("B"), List.of("B"), List.of("G"));
        g.addClaim("K4", "P4", false, REF.minusDays(10), List.of("C"), List.of("C"), List.of("G3"));
        return g;
    }

    static Map<String, Double> scores(ClaimGraph g, Map<Integer, Map<String, Double>> hits, List<String> sanctioned) {
        Map<String, Double> out = new java.util.HashMap<>();
        new ClaimScorer(DEFAULTS).score(g, hits, sanctioned, REF).forEach(s -> out.put(s.claimId(), s.score()));
        return out;
    }

    @Test
    void fraudPropagatesToClaimsSharingPeopleAndProvidersButNotToUnconnectedOnes() {
        Map<String, Double> s = scores(graph(REF.minusDays(30)), Map.of(), List.of());

        assertThat(s.get("K2")).isGreaterThan(0);
        assertThat(s.get("K3")).isGreaterThan(0);
        assertThat(s.get("K4")).isZero();
        // a claim of the fraudster himself outranks one that only shares the garage
        assertThat(s.get("K2")).isGreaterThan(s.get("K3"));
    }

    @Test
    void olderKnownFraudSeedsLess() {
        ClaimGraph recent = graph(REF.minusDays(30));
        ClaimGraph old = graph(REF.minusYears(6));
        ClaimScorer scorer = new ClaimScorer(DEFAULTS);
        // K4 carries a fresh fraud seed in both graphs so the normalisation is comparable
        recent.fraud.set(3, true);
        old.fraud.set(3, true);

        assertThat(scorer.network(old, List.of(), REF)[1]).isLessThan(scorer.network(recent, List.of(), REF)[1]);
    }

    @Test
    void sanctionedPartiesSeedTheirClaims() {
        ClaimGraph g = graph(REF.minusDays(30));
        g.fraud.set(0, false);

        Map<String, Double> s = scores(g, Map.of(), List.of("C"));

        assertThat(s.get("K4")).isGreaterThan(0);
        assertThat(s.get("K2")).isZero();
    }

    @Test
    void withoutSeedsOrHitsEveryScoreIsZero() {
        ClaimGraph g = graph(REF.minusDays(30));
        g.fraud.set(0, false);

        assertThat(scores(g, Map.of(), List.of()).values()).containsOnly(0.0);
    }

    @Test
    void theScoreIsTheSumOfItsFactorsAndTheSameEveryTime() {
        ClaimGraph g = graph(REF.minusDays(30));
        Map<Integer, Map<String, Double>> hits = Map.of(3, Map.of("INSURE_AFTER_LOSS", 0.9, "FAKE_POLICY", 0.8));
        List<ClaimScorer.Scored> first = new ClaimScorer(DEFAULTS).score(g, hits, List.of("B"), REF);
        List<ClaimScorer.Scored> again = new ClaimScorer(DEFAULTS).score(g, hits, List.of("B"), REF);

        assertThat(again).isEqualTo(first);
        for (ClaimScorer.Scored s : first) {
            double sum = s.factors().stream().mapToDouble(f -> f.contribution()).sum();
            assertThat(s.score()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-3)).isBetween(0.0, 1.0);
        }
        assertThat(first.get(3).factors().get(0).name()).isEqualTo("DETECTOR_INSURE_AFTER_LOSS");
        assertThat(first.get(3).factors().get(0).contribution()).isEqualTo(0.54);
    }

    @Test
    void neighbourhoodIsTheShareOfFraudAmongAPersonsOtherClaims() {
        double[] n = new ClaimScorer(DEFAULTS).neighbourhood(graph(REF.minusDays(30)));

        assertThat(n[1]).isEqualTo(1.0);
        assertThat(n[0]).isZero();
        assertThat(n[3]).isZero();
    }
}
