package io.credlink.resolution.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How common each value is: names among the parties of their class, identifier values among all
 * parties. The share of parties holding a value stands for the u probability of agreeing on it.
 */
final class TermFrequencies {

    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> identifiers = new HashMap<>();
    private int persons;
    private int firms;

    TermFrequencies(StandardParty[] parties) {
        for (StandardParty s : parties) {
            add(s, 1);
        }
    }

    /** Counts a party in ({@code delta} 1) or out (−1: the version an import replaced). */
    void add(StandardParty s, int delta) {
        if (s.firm()) {
            firms += delta;
        } else {
            persons += delta;
        }
        if (s.nameKey() != null) {
            names.merge((s.firm() ? "F" : "P") + s.nameKey(), delta, TermFrequencies::sumOrNone);
        }
        count(s.phones(), "P", delta);
        count(s.emails(), "E", delta);
        count(s.banks(), "B", delta);
        count(s.addresses(), "A", delta);
    }

    private static Integer sumOrNone(Integer a, Integer b) {
        int sum = a + b;
        return sum <= 0 ? null : sum;
    }

    private void count(String[] values, String prefix, int delta) {
        for (String v : values) {
            identifiers.merge(prefix + v, delta, TermFrequencies::sumOrNone);
        }
    }

    /** The share of parties with the value a and b agree on, −1 when the field has no term frequency. */
    double of(Field field, StandardParty a, StandardParty b) {
        return switch (field) {
            case NAME -> share(names.get((a.firm() ? "F" : "P") + a.nameKey()), Math.max(1, a.firm() ? firms : persons));
            case PHONE -> share(identifiers.get("P" + Comparator.firstShared(a.phones(), b.phones())), Math.max(1, persons + firms));
            case EMAIL -> share(identifiers.get("E" + Comparator.firstShared(a.emails(), b.emails())), Math.max(1, persons + firms));
            case BANK_ACCOUNT -> share(identifiers.get("B" + Comparator.firstShared(a.banks(), b.banks())), Math.max(1, persons + firms));
            case ADDRESS -> share(identifiers.get("A" + Comparator.firstShared(a.addresses(), b.addresses())), Math.max(1, persons + firms));
            default -> -1;
        };
    }

    private static double share(Integer count, int of) {
        return count == null ? -1 : (double) count / of;
    }
}
