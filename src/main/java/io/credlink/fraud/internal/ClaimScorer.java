package io.credlink.fraud.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;

import io.credlink.fraud.ClaimScoreView.Factor;
import io.credlink.fraud.FraudProperties;

/**
 * Suspicion scores of every claim, deterministic for the same graph and alerts:
 *
 * <ul>
 * <li>DETECTOR_&lt;KIND&gt;: the strongest alert naming the claim (or its policy), times
 *     {@code detectorWeight};</li>
 * <li>NETWORK: BiRank (He et al.; applied to fraud by Óskarsdóttir et al., 2022) on the bipartite
 *     claim-party graph with the symmetric normalisation S = D_c^-1/2 W D_p^-1/2, iterating
 *     p = α Sᵀc + (1-α) p₀ and c = α S p + (1-α) c₀, where c₀ seeds known-fraud claims (status
 *     FRAUD) decayed by age (half-life {@code halfLife} before the reference date) and p₀ seeds
 *     parties blacklisted in force; divided by its largest value, times {@code networkWeight};</li>
 * <li>NEIGHBOURHOOD: the largest share of known fraud among the other claims of the claim's people,
 *     times {@code neighbourhoodWeight}.</li>
 * </ul>
 * The contributions add up to the score.
 */
final class ClaimScorer {

    private final FraudProperties.Scores p;

    ClaimScorer(FraudProperties.Scores p) {
        this.p = p;
    }

    /** A claim's score and factors (factors with a zero contribution are left out). */
    record Scored(String claimId, double score, List<Factor> factors) {
    }

    /**
     * @param detectorHits per claim index, the strongest alert score by kind (null = none)
     * @param sanctioned   ids of parties blacklisted in force
     */
    List<Scored> score(ClaimGraph g, Map<Integer, Map<String, Double>> detectorHits, Collection<String> sanctioned,
                       LocalDate referenceDate) {
        double[] network = network(g, sanctioned, referenceDate);
        double[] neighbourhood = neighbourhood(g);
        List<Scored> out = new ArrayList<>(g.claims());
        for (int i = 0; i < g.claims(); i++) {
            List<Factor> factors = new ArrayList<>(3);
            double total = 0;
            Map<String, Double> hits = detectorHits.get(i);
            if (hits != null && !hits.isEmpty()) {
                String best = null;
                double bestScore = -1;
                for (Map.Entry<String, Double> h : hits.entrySet()) {
                    if (h.getValue() > bestScore || (h.getValue() == bestScore && h.getKey().compareTo(best) < 0)) {
                        best = h.getKey();
                        bestScore = h.getValue();
                    }
                }
                double c = round(p.detectorWeight() * bestScore);
                factors.add(new Factor("DETECTOR_" + best, c));
                total += c;
            }
            double n = round(p.networkWeight() * network[i]);
            if (n > 0) {
                factors.add(new Factor("NETWORK", n));
                total += n;
            }
            double b = round(p.neighbourhoodWeight() * neighbourhood[i]);
            if (b > 0) {
                factors.add(new Factor("NEIGHBOURHOOD", b));
                total += b;
            }
            out.add(new Scored(g.claimIds.get(i), round(Math.min(1, total)), factors));
        }
        return out;
    }

    /** BiRank scores of the claims, divided by the largest one (all 0 without seeds). */
    double[] network(ClaimGraph g, Collection<String> sanctioned, LocalDate referenceDate) {
        int n = g.claims();
        int m = g.parties();
        int[][] e = new int[n][];
        double[] partyDegree = new double[m];
        for (int i = 0; i < n; i++) {
            e[i] = edges(g, i);
            for (int j : e[i]) {
                partyDegree[j]++;
            }
        }
        // S_ij = 1 / sqrt(d_i d_j) on every edge
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
            s[i] = new double[e[i].length];
            for (int k = 0; k < e[i].length; k++) {
                s[i][k] = 1 / Math.sqrt(e[i].length * partyDegree[e[i][k]]);
            }
        }
        RealVector c0 = new ArrayRealVector(n);
        double halfLifeDays = Math.max(1, p.halfLife().toTotalMonths() * 30.4375 + p.halfLife().getDays());
        for (int i = 0; i < n; i++) {
            if (g.fraud.get(i)) {
                LocalDate when = g.incident.get(i);
                long age = when == null || referenceDate == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(when, referenceDate));
                c0.setEntry(i, Math.pow(0.5, age / halfLifeDays));
            }
        }
        RealVector p0 = new ArrayRealVector(m);
        for (String id : sanctioned) {
            int j = g.party(id);
            if (j >= 0) {
                p0.setEntry(j, 1);
            }
        }
        double c0Sum = c0.getL1Norm();
        double p0Sum = p0.getL1Norm();
        if (c0Sum == 0 && p0Sum == 0) {
            return new double[n];
        }
        if (c0Sum > 0) {
            c0.mapDivideToSelf(c0Sum);
        }
        if (p0Sum > 0) {
            p0.mapDivideToSelf(p0Sum);
        }
        double alpha = p.damping();
        RealVector c = c0.copy();
        RealVector pv = p0.copy();
        for (int it = 0; it < p.iterations(); it++) {
            // p = α Sᵀ c + (1-α) p0
            double[] np = new double[m];
            for (int i = 0; i < n; i++) {
                double ci = c.getEntry(i);
                if (ci == 0) {
                    continue;
                }
                for (int k = 0; k < e[i].length; k++) {
                    np[e[i][k]] += ci * s[i][k];
                }
            }
            RealVector nextP = new ArrayRealVector(np, false).mapMultiplyToSelf(alpha).add(p0.mapMultiply(1 - alpha));
            // c = α S p + (1-α) c0
            double[] nc = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = 0; k < e[i].length; k++) {
                    sum += nextP.getEntry(e[i][k]) * s[i][k];
                }
                nc[i] = sum;
            }
            RealVector nextC = new ArrayRealVector(nc, false).mapMultiplyToSelf(alpha).add(c0.mapMultiply(1 - alpha));
            double moved = nextC.getLInfDistance(c) + nextP.getLInfDistance(pv);
            c = nextC;
            pv = nextP;
            if (moved <= p.tolerance()) {
                break;
            }
        }
        double max = c.getMaxValue();
        double[] out = new double[n];
        if (max > 0) {
            for (int i = 0; i < n; i++) {
                out[i] = c.getEntry(i) / max;
            }
        }
        return out;
    }

    /** For each claim, the largest share of known fraud among the other claims of one of its people. */
    double[] neighbourhood(ClaimGraph g) {
        int n = g.claims();
        int m = g.parties();
        int[] claims = new int[m];
        int[] frauds = new int[m];
        for (int i = 0; i < n; i++) {
            for (int j : g.people.get(i)) {
                claims[j]++;
                if (g.fraud.get(i)) {
                    frauds[j]++;
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double best = 0;
            for (int j : g.people.get(i)) {
                int others = claims[j] - 1;
                int otherFrauds = frauds[j] - (g.fraud.get(i) ? 1 : 0);
                if (others > 0) {
                    best = Math.max(best, (double) otherFrauds / others);
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static int[] edges(ClaimGraph g, int claim) {
        int[] a = g.people.get(claim);
        int[] b = g.professionals.get(claim);
        if (b.length == 0) {
            return a;
        }
        int[] all = new int[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
