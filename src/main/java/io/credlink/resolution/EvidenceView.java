package io.credlink.resolution;

/**
 * One term of a score: a field's comparison level and its weight in bits (log₂ Bayes factor);
 * the prior is the term {@code field: "prior", comparison: "BASE_RATE"}. The weights add up to
 * the score's logit: score = 2^Σ / (1 + 2^Σ).
 */
public record EvidenceView(String field, String comparison, double weight) {
}
