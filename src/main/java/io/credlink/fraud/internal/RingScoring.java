package io.credlink.fraud.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.credlink.fraud.FraudProperties;

/**
 * Scores a candidate group of linked parties against its peers (the market's claims per consumer)
 * from its claims alone: pure, so it is unit-tested without a database.
 *
 * <p>Features, each in [0,1]: activity (claims per member against the market rate), cross roles
 * (share of the group's claims on which another member is driver, witness, passenger...),
 * concentration (share of the group's claims at one provider, adjuster or agent that itself works
 * mostly for the group; a busy garage with thousands of honest customers contributes nothing),
 * burst (largest share of the group's claims within {@code burstDays}) and sanctions (a member is
 * blacklisted). Score = 0.35 activity + 0.25 cross roles + 0.25 concentration + 0.15 burst
 * + 0.1 sanctioned, at most 1.
 */
final class RingScoring {

    static final double W_ACTIVITY = 0.35;
    static final double W_CROSS = 0.25;
    static final double W_CONCENTRATION = 0.25;
    static final double W_BURST = 0.15;
    static final double W_SANCTION = 0.10;

    private RingScoring() {
    }

    /** One claim of the group. */
    record GroupClaim(String id, String claimantId, double amount, LocalDate incidentDate, String providerId,
                      String adjusterId, String agentId, String intermediaryId, int otherMembersOnClaim) {
    }

    /** A professional the group concentrates on: its share of the group's claims and the group's share of its claims. */
    record Concentration(String professionalId, String role, int groupClaims, long totalClaims, double shareOfGroup,
                         double shareOfProfessional) {
    }

    /** The scored group. */
    record Result(double score, double activity, double crossRoles, double concentration, double burst,
                  boolean sanctioned, double claimsPerMember, List<Concentration> attached) {
    }

    /**
     * @param consumers        the group's consumers (claimants)
     * @param claims           the claims they filed
     * @param professionalClaims every professional's total claims in the graph
     * @param marketRate       the market's claims per consumer
     * @param sanctioned       whether a member is blacklisted in force
     */
    static Result score(int consumers, List<GroupClaim> claims, Map<String, Long> professionalClaims,
                        double marketRate, boolean sanctioned, FraudProperties.Ring p) {
        int n = claims.size();
        if (consumers == 0 || n == 0) {
            return new Result(sanctioned ? W_SANCTION : 0, 0, 0, 0, 0, sanctioned, 0, List.of());
        }
        double perMember = (double) n / consumers;
        double ratio = marketRate > 0 ? perMember / marketRate : p.activityFactor();
        double activity = clamp((ratio - 1) / (p.activityFactor() - 1));

        int cross = 0;
        for (GroupClaim c : claims) {
            if (c.otherMembersOnClaim() > 0) {
                cross++;
            }
        }
        double crossRoles = (double) cross / n;

        List<Concentration> attached = concentrations(claims, professionalClaims, p.concentrationShare());
        double concentration = 0;
        for (Concentration c : attached) {
            concentration = Math.max(concentration, c.shareOfGroup());
        }

        double burst = burst(claims, p.burstDays());
        double score = W_ACTIVITY * activity + W_CROSS * crossRoles + W_CONCENTRATION * concentration
                + W_BURST * burst + (sanctioned ? W_SANCTION : 0);
        return new Result(Alert.round(score), round(activity), round(crossRoles), round(concentration), round(burst),
                sanctioned, round(perMember), attached);
    }

    /** Professionals serving at least {@code share} of the group's claims for whom the group is at least {@code share} of their claims. */
    static List<Concentration> concentrations(List<GroupClaim> claims, Map<String, Long> professionalClaims, double share) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (GroupClaim c : claims) {
            count(counts, roles, c.providerId(), "PROVIDER");
            count(counts, roles, c.adjusterId(), "ADJUSTER");
            count(counts, roles, c.agentId(), "AGENT");
            count(counts, roles, c.intermediaryId(), "INTERMEDIARY");
        }
        List<Concentration> out = new ArrayList<>();
        counts.forEach((id, k) -> {
            long total = Math.max(k, professionalClaims.getOrDefault(id, (long) k));
            double ofGroup = (double) k / claims.size();
            double ofProfessional = (double) k / total;
            if (ofGroup >= share && ofProfessional >= share) {
                out.add(new Concentration(id, roles.get(id), k, total, round(ofGroup), round(ofProfessional)));
            }
        });
        return out;
    }

    /** The largest share of the claims whose incidents fall within one window of {@code days}. */
    static double burst(List<GroupClaim> claims, int days) {
        List<LocalDate> dates = new ArrayList<>();
        for (GroupClaim c : claims) {
            if (c.incidentDate() != null) {
                dates.add(c.incidentDate());
            }
        }
        if (dates.size() < 2) {
            return 0;
        }
        Collections.sort(dates);
        int best = 1;
        int from = 0;
        for (int to = 0; to < dates.size(); to++) {
            while (ChronoUnit.DAYS.between(dates.get(from), dates.get(to)) > days) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return (double) best / claims.size();
    }

    private static void count(Map<String, Integer> counts, Map<String, String> roles, String id, String role) {
        if (id != null) {
            counts.merge(id, 1, Integer::sum);
            roles.putIfAbsent(id, role);
        }
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
