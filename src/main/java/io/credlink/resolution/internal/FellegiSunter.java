package io.credlink.resolution.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The Fellegi–Sunter model of one class of parties (persons or firms): per field, the m
 * probability of each present level among true matches and its u probability among non-matches,
 * and the prior λ (the share of matches among candidate pairs). A field's weight is
 * log₂(m/u) (its Bayes factor); the score's logit is log₂(λ/(1−λ)) plus the weights. MISSING
 * weighs 0.
 * <p>
 * Estimation as Splink does it: u from random pairs (nearly all non-matches), then m and λ by
 * expectation–maximisation over the candidate pairs with u held fixed, regularised towards the
 * starting values by {@link #PSEUDO_PAIRS}, and without the pairs that a pinned level decides. Pairs are grouped by
 * their comparison pattern first, so an iteration costs the number of distinct patterns (a few
 * hundred), not of pairs.
 */
public final class FellegiSunter {

    static final int FIELDS = Field.ALL.length;
    static final int LEVELS = Level.PRESENT;
    /** No probability is taken as 0 or 1: a weight stays finite (at most ±~20 bits). */
    static final double FLOOR = 1e-6;
    /**
     * m of two valid, different id numbers or credit codes, pinned rather than learnt: a valid
     * number names one person or firm (GB 11643, GB 32100), while households and sister firms
     * share phones and addresses often enough that EM would otherwise learn them as matches.
     * log₂(1e-15) ≈ −50 bits outweighs a shared phone and address even when term frequencies make
     * each worth ~19 bits among a million parties.
     */
    static final double PINNED_IDENTITY_DIFFERENT = 1e-15;
    /** m of two different licence numbers, pinned for the same reason (a licence names one holder). */
    static final double PINNED_LICENCE_DIFFERENT = 1e-15;
    /**
     * Pseudo-pairs of the starting values added to every M step (maximum a posteriori EM): with
     * few candidate pairs, or none that are true matches, m and λ stay near the starting values
     * instead of learning whatever cluster the pairs form; with many, the data decide.
     */
    static final double PSEUDO_PAIRS = 2000;

    final double[][] m;
    final double[][] u;
    double lambda;

    FellegiSunter(double[][] m, double[][] u, double lambda) {
        this.m = m;
        this.u = u;
        this.lambda = lambda;
    }

    /** Starting values before any data: what a careful analyst would guess. */
    public static FellegiSunter defaults() {
        double[][] m = new double[FIELDS][];
        double[][] u = new double[FIELDS][];
        for (Field f : Field.ALL) {
            // GARBLED exists for id numbers only: elsewhere its cells are never counted
            m[f.ordinal()] = new double[] {0.85, 0.10, 0.05, FLOOR};
            u[f.ordinal()] = new double[] {0.001, 0.01, 0.989, FLOOR};
        }
        m[Field.IDENTITY.ordinal()] = new double[] {0.95, 0.035, 0.005, 0.01};
        u[Field.IDENTITY.ordinal()] = new double[] {1e-6, 1e-5, 0.98, 0.02};
        m[Field.NAME.ordinal()] = new double[] {0.90, 0.08, 0.02, FLOOR};
        u[Field.NAME.ordinal()] = new double[] {0.0005, 0.002, 0.9975, FLOOR};
        return new FellegiSunter(m, u, 0.1);
    }

    /** m and u flattened field by field (stored with a run, so that a later process scores alike). */
    public List<Double> flat(boolean ofM) {
        List<Double> out = new java.util.ArrayList<>(FIELDS * LEVELS);
        for (double[] row : ofM ? m : u) {
            for (double v : row) {
                out.add(v);
            }
        }
        return out;
    }

    /** The model of {@link #flat} lists; defaults when they are absent or of another shape. */
    public static FellegiSunter of(List<Double> m, List<Double> u, double lambda) {
        if (m == null || u == null || m.size() != FIELDS * LEVELS || u.size() != FIELDS * LEVELS) {
            return defaults();
        }
        double[][] mm = new double[FIELDS][LEVELS];
        double[][] uu = new double[FIELDS][LEVELS];
        for (int f = 0; f < FIELDS; f++) {
            for (int l = 0; l < LEVELS; l++) {
                mm[f][l] = m.get(f * LEVELS + l);
                uu[f][l] = u.get(f * LEVELS + l);
            }
        }
        return new FellegiSunter(mm, uu, lambda);
    }

    public double lambda() {
        return lambda;
    }

    public double m(Field f, Level l) {
        return m[f.ordinal()][l.ordinal()];
    }

    public double u(Field f, Level l) {
        return u[f.ordinal()][l.ordinal()];
    }

    /** log₂(λ/(1−λ)): the weight of the prior. */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** The weight of a field's level; 0 for MISSING. */
    public double weight(Field f, Level l) {
        if (l == Level.MISSING) {
            return 0;
        }
        return cellWeight(m, u, f.ordinal(), l.ordinal());
    }

    private static double cellWeight(double[][] m, double[][] u, int f, int l) {
        double mm = clamp(m[f][l]);
        if (l == Level.DIFFERENT.ordinal() && f == Field.IDENTITY.ordinal()) {
            mm = PINNED_IDENTITY_DIFFERENT;
        } else if (l == Level.DIFFERENT.ordinal() && f == Field.LICENCE.ordinal()) {
            mm = PINNED_LICENCE_DIFFERENT;
        }
        return log2(mm / clamp(u[f][l]));
    }

    /** Whether EM should learn from a pair: not when a pinned level already decides it. */
    static boolean informative(Level[] levels) {
        return levels[Field.IDENTITY.ordinal()] != Level.DIFFERENT && levels[Field.LICENCE.ordinal()] != Level.DIFFERENT;
    }

    /**
     * The weight of an EXACT agreement on a value of term frequency {@code tf} (the share of
     * parties holding it): log₂(m/tf), so that agreeing on 王伟 weighs less than on a rare name.
     */
    public double exactWeight(Field f, double tf) {
        return log2(clamp(m(f, Level.EXACT)) / clamp(tf));
    }

    /** The match probability of a logit in bits. */
    public static double probability(double logit) {
        double odds = Math.pow(2, logit);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /** u of every field from random pairs of these parties (Laplace-smoothed). */
    static double[][] estimateU(StandardParty[] parties, int[] members, int samples, long seed) {
        double[][] counts = new double[FIELDS][LEVELS];
        for (double[] c : counts) {
            Arrays.fill(c, 1.0);
        }
        if (members.length >= 2) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int s = 0; s < samples; s++) {
                int i = members[random.nextInt(members.length)];
                int j = members[random.nextInt(members.length)];
                if (i == j) {
                    continue;
                }
                Level[] levels = Comparator.compare(parties[i], parties[j]);
                for (int f = 0; f < FIELDS; f++) {
                    if (levels[f] != Level.MISSING) {
                        counts[f][levels[f].ordinal()]++;
                    }
                }
            }
        }
        double[][] u = new double[FIELDS][LEVELS];
        for (int f = 0; f < FIELDS; f++) {
            double total = Arrays.stream(counts[f]).sum();
            for (int l = 0; l < LEVELS; l++) {
                u[f][l] = counts[f][l] / total;
            }
        }
        return u;
    }

    /**
     * Expectation–maximisation of m and λ over the candidate pairs' patterns (u fixed).
     *
     * @param patterns pattern code → number of pairs ({@link #code})
     */
    static FellegiSunter estimate(Map<Integer, Long> patterns, double[][] u, FellegiSunter start, int iterations) {
        double[][] m = new double[FIELDS][];
        for (int f = 0; f < FIELDS; f++) {
            m[f] = start.m[f].clone();
        }
        double lambda = start.lambda;
        int n = patterns.size();
        int[][] levels = new int[n][];
        double[] counts = new double[n];
        int k = 0;
        double total = 0;
        for (Map.Entry<Integer, Long> e : patterns.entrySet()) {
            levels[k] = decode(e.getKey());
            counts[k] = e.getValue();
            total += counts[k];
            k++;
        }
        if (total == 0) {
            return new FellegiSunter(m, u, lambda);
        }
        double[] posterior = new double[n];
        for (int it = 0; it < iterations; it++) {
            for (int p = 0; p < n; p++) {
                double logit = log2(lambda / (1 - lambda));
                for (int f = 0; f < FIELDS; f++) {
                    int l = levels[p][f];
                    if (l < LEVELS) {
                        logit += cellWeight(m, u, f, l);
                    }
                }
                posterior[p] = probability(logit);
            }
            double matches = PSEUDO_PAIRS * start.lambda;
            double[][] mCounts = new double[FIELDS][LEVELS];
            for (int f = 0; f < FIELDS; f++) {
                for (int l = 0; l < LEVELS; l++) {
                    mCounts[f][l] = PSEUDO_PAIRS * start.lambda * start.m[f][l];
                }
            }
            for (int p = 0; p < n; p++) {
                double w = posterior[p] * counts[p];
                matches += w;
                for (int f = 0; f < FIELDS; f++) {
                    int l = levels[p][f];
                    if (l < LEVELS) {
                        mCounts[f][l] += w;
                    }
                }
            }
            double next = matches / (total + PSEUDO_PAIRS);
            double change = Math.abs(next - lambda);
            lambda = Math.min(1 - FLOOR, Math.max(FLOOR, next));
            for (int f = 0; f < FIELDS; f++) {
                double sum = Arrays.stream(mCounts[f]).sum();
                if (sum > 0) {
                    for (int l = 0; l < LEVELS; l++) {
                        double nextM = mCounts[f][l] / sum;
                        change = Math.max(change, Math.abs(nextM - m[f][l]));
                        m[f][l] = nextM;
                    }
                }
            }
            if (change < 1e-6) {
                break;
            }
        }
        return new FellegiSunter(m, u, lambda);
    }

    /** A pattern of levels as one int, 3 bits per field. */
    static int code(Level[] levels) {
        int c = 0;
        for (int f = 0; f < FIELDS; f++) {
            c |= levels[f].ordinal() << (3 * f);
        }
        return c;
    }

    static int[] decode(int code) {
        int[] levels = new int[FIELDS];
        for (int f = 0; f < FIELDS; f++) {
            levels[f] = (code >> (3 * f)) & 7;
        }
        return levels;
    }

    static double clamp(double p) {
        return Math.min(1 - FLOOR, Math.max(FLOOR, p));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
