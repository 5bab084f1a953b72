package io.credlink.graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a sentence code is worded from (a credit factor's {@code detailArgs}, a propagation's
 * {@code explanationArgs}, a notification change's {@code summaryArgs}), as JSON carries them: in
 * the order the English sentence names them, days as ISO text, absent values left out (a sentence
 * without an end date says so by its code or by the missing value).
 */
public final class SentenceValues {

    private SentenceValues() {
    }

    /** {@code of("sanctionId", id, "effectiveTo", day, …)}: names and values, alternating. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v != null) {
                out.put((String) namesAndValues[i], v instanceof LocalDate d ? d.toString() : v);
            }
        }
        return out;
    }
}
