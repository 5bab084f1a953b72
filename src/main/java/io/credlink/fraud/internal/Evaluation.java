package io.credlink.fraud.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.credlink.fraud.AlertKind;

/**
 * Compares alerts with a generated dataset's ground truth: per kind, a labelled group counts as
 * found when one alert of that kind names at least {@code coverage} of its entities (recall), and
 * an alert is correct when it covers a group of its kind that way (precision); the claim-score
 * AUC is the probability that a labelled claim scores above an unlabelled one (ties count half).
 */
public final class Evaluation {

    /** One alert as the evaluation sees it: its kind and the entities it names. */
    public record Named(AlertKind kind, Collection<String> entityIds) {
    }

    /** Results of one kind. */
    public record KindResult(AlertKind kind, int groups, int found, int alerts, int correct) {

        public double recall() {
            return groups == 0 ? 1 : (double) found / groups;
        }

        public double precision() {
            return alerts == 0 ? 1 : (double) correct / alerts;
        }

        /** The harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private Evaluation() {
    }

    /**
     * @param labels kind → group id → entity ids (kinds that are not detector kinds are ignored)
     */
    public static Map<AlertKind, KindResult> compare(Map<String, Map<String, Set<String>>> labels, List<Named> alerts,
                                                     double coverage) {
        Map<AlertKind, KindResult> out = new LinkedHashMap<>();
        for (AlertKind kind : AlertKind.values()) {
            Map<String, Set<String>> groups = labels.getOrDefault(kind.name(), Map.of());
            List<Set<String>> ofKind = new ArrayList<>();
            for (Named a : alerts) {
                if (a.kind() == kind) {
                    ofKind.add(new HashSet<>(a.entityIds()));
                }
            }
            int found = 0;
            for (Set<String> g : groups.values()) {
                for (Set<String> a : ofKind) {
                    if (covers(a, g, coverage)) {
                        found++;
                        break;
                    }
                }
            }
            int correct = 0;
            for (Set<String> a : ofKind) {
                for (Set<String> g : groups.values()) {
                    if (covers(a, g, coverage)) {
                        correct++;
                        break;
                    }
                }
            }
            out.put(kind, new KindResult(kind, groups.size(), found, ofKind.size(), correct));
        }
        return out;
    }

    /** Whether the alert's entities cover one of the groups of its kind (a correct alert in {@link #compare}). */
    public static boolean coversAnyGroup(Map<String, Map<String, Set<String>>> labels, Named alert, double coverage) {
        Set<String> ids = new HashSet<>(alert.entityIds());
        for (Set<String> g : labels.getOrDefault(alert.kind().name(), Map.of()).values()) {
            if (covers(ids, g, coverage)) {
                return true;
            }
        }
        return false;
    }

    static boolean covers(Set<String> alert, Set<String> group, double coverage) {
        if (group.isEmpty()) {
            return false;
        }
        int hit = 0;
        for (String e : group) {
            if (alert.contains(e)) {
                hit++;
            }
        }
        return hit >= coverage * group.size() - 1e-9;
    }

    /** Area under the ROC curve of scores against positive ids (Mann-Whitney, ties half); NaN without both classes. */
    public static double auc(Map<String, Double> scores, Set<String> positives) {
        TreeMap<Double, int[]> byScore = new TreeMap<>();
        long pos = 0;
        long neg = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            int[] counts = byScore.computeIfAbsent(e.getValue(), k -> new int[2]);
            if (positives.contains(e.getKey())) {
                counts[0]++;
                pos++;
            } else {
                counts[1]++;
                neg++;
            }
        }
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long negBelow = 0;
        for (int[] counts : byScore.values()) {
            sum += counts[0] * (negBelow + counts[1] / 2.0);
            negBelow += counts[1];
        }
        return sum / ((double) pos * neg);
    }
}
