package io.credlink.fraud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.credlink.fraud.FraudProperties;
import io.credlink.fraud.internal.RingScoring.GroupClaim;

class RingScoringTest {

    static final FraudProperties.Ring DEFAULTS = new FraudProperties.Ring(3, 6, 1.0, 20, 20, 0.3, 40, 8.0, 0.5, 180, 0.5);

    static List<GroupClaim> claims(int n, String provider, String adjuster, int daysApart, boolean crossRoles) {
        List<GroupClaim> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new GroupClaim("C" + i, "M" + (i % 4), 10_000, LocalDate.of(2023, 1, 1).plusDays((long) i * daysApart),
                    provider == null ? "P" + i : provider, adjuster == null ? "A" + i : adjuster, null, null,
                    crossRoles ? 1 : 0));
        }
        return out;
    }

    @Test
    void aDedicatedGarageAndAdjusterWithCrossRolesAndBurstScoresHigh() {
        List<GroupClaim> ring = claims(14, "GAR", "ADJ", 10, true);
        RingScoring.Result r = RingScoring.score(4, ring, Map.of("GAR", 14L, "ADJ", 15L), 0.3, false, DEFAULTS);

        assertThat(r.activity()).isEqualTo(1.0);
        assertThat(r.crossRoles()).isEqualTo(1.0);
        assertThat(r.concentration()).isEqualTo(1.0);
        assertThat(r.attached()).extracting(RingScoring.Concentration::professionalId).containsExactly("ADJ", "GAR");
        assertThat(r.score()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aBusyGarageWithThousandsOfCustomersAddsNoConcentration() {
        List<GroupClaim> group = claims(8, "BUSY", "ADJ-BUSY", 10, false);
        RingScoring.Result r = RingScoring.score(4, group, Map.of("BUSY", 3000L, "ADJ-BUSY", 2000L), 0.3, false, DEFAULTS);

        assertThat(r.attached()).isEmpty();
        assertThat(r.concentration()).isZero();
    }

    @Test
    void aFamilyWithOrdinaryClaimsSpreadOverYearsStaysBelowTheThreshold() {
        List<GroupClaim> family = claims(6, null, null, 300, false);
        RingScoring.Result r = RingScoring.score(3, family, Map.of(), 0.3, false, DEFAULTS);

        assertThat(r.score()).isLessThan(DEFAULTS.minScore());
        assertThat(r.burst()).isLessThan(0.5);
    }

    @Test
    void activityIsMeasuredAgainstTheMarketRate() {
        List<GroupClaim> group = claims(8, null, null, 30, false);
        double busyMarket = RingScoring.score(4, group, Map.of(), 2.0, false, DEFAULTS).activity();
        double quietMarket = RingScoring.score(4, group, Map.of(), 0.25, false, DEFAULTS).activity();

        assertThat(busyMarket).isZero();
        assertThat(quietMarket).isEqualTo(1.0);
    }

    @Test
    void aSanctionedMemberRaisesTheScore() {
        List<GroupClaim> group = claims(8, null, null, 30, false);
        double clean = RingScoring.score(4, group, Map.of(), 0.3, false, DEFAULTS).score();
        double sanctioned = RingScoring.score(4, group, Map.of(), 0.3, true, DEFAULTS).score();

        assertThat(sanctioned).isCloseTo(clean + RingScoring.W_SANCTION, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void burstIsTheLargestShareOfClaimsInOneWindow() {
        List<GroupClaim> group = new ArrayList<>(claims(3, null, null, 10, false));
        group.add(new GroupClaim("LATE", "M0", 1, LocalDate.of(2026, 1, 1), null, null, null, null, 0));

        assertThat(RingScoring.burst(group, 180)).isEqualTo(0.75);
    }
}
