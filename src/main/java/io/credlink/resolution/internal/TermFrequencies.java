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
    private final int persons;
    private final int firms;
    private final int total;

    TermFrequencies(StandardParty[] parties) {
        int p = 0;
        for (StandardParty s : parties) {
            if (!s.firm()) {
                p++;
            }
            if (s.nameKey() != null) {
                names.merge((s.firm() ? "F" : "P") + s.nameKey(), 1, Integer::sum);
            }
            count(s.phones(), "P");
            count(s.emails(), "E");
            count(s.banks(), "B");
            count(s.addresses(), "A");
        }
        persons = Math.max(1, p);
        firms = Math.max(1, parties.length - p);
        total = Math.max(1, parties.length);
    }

    private void count(String[] values, String prefix) {
        for (String v : values) {
            identifiers.merge(prefix + v, 1, Integer::sum);
        }
    }

    /** The share of parties with the value a and b agree on, −1 when the field has no term frequency. */
    double of(Field field, StandardParty a, StandardParty b) {
        return switch (field) {
            case NAME -> share(names.get((a.firm() ? "F" : "P") + a.nameKey()), a.firm() ? firms : persons);
            case PHONE -> share(identifiers.get("P" + Comparator.firstShared(a.phones(), b.phones())), total);
            case EMAIL -> share(identifiers.get("E" + Comparator.firstShared(a.emails(), b.emails())), total);
            case BANK_ACCOUNT -> share(identifiers.get("B" + Comparator.firstShared(a.banks(), b.banks())), total);
            case ADDRESS -> share(identifiers.get("A" + Comparator.firstShared(a.addresses(), b.addresses())), total);
            default -> -1;
        };
    }

    private static double share(Integer count, int of) {
        return count == null ? -1 : (double) count / of;
    }
}
