package io.credlink.fraud.internal;

import java.util.Map;

/**
 * The sentence an alert's evidence opens with: {@code summary} in English, as clients have always
 * read it, and beside it {@code summaryCode} and {@code summaryArgs} (names and values as
 * {@link io.credlink.graph.SentenceValues} makes them), from which a client words the same sentence
 * in its reader's language (the explorer's "prose" bundles, docs/web.md).
 */
final class EvidenceSummary {

    private EvidenceSummary() {
    }

    /** Puts the three members into the evidence; callers put them first, so that they lead its JSON. */
    static void put(Map<String, Object> evidence, String english, String code, Map<String, Object> args) {
        evidence.put("summary", english);
        evidence.put("summaryCode", code);
        evidence.put("summaryArgs", args);
    }
}
