package io.credlink.registry;

import java.util.List;

/**
 * A "same as" link between two parties, as entity resolution stored it (docs/resolution.md): the
 * match probability, its decision (MATCH, POSSIBLE, CONFIRMED, REJECTED) and the evidence, the
 * prior and each compared field with its level and weight in bits, adding up to the score's logit.
 *
 * @param a the smaller party id
 * @param b the other party id
 */
public record SameAsLink(String a, String b, double score, String decision, List<Evidence> evidence) {

    public record Evidence(String field, String comparison, double weight) {
    }
}
