package io.credlink.datagen;

/**
 * How well a resolution reproduces the planted duplicates, counted over pairs of parties.
 *
 * @param truePairs        pairs of parties that are one entity in the truth (a cluster of k gives k(k-1)/2)
 * @param predictedPairs   pairs of parties the resolution gave the same resolved id
 * @param correctPairs     pairs in both
 * @param precision        correct / predicted, 1.0 when nothing was predicted
 * @param recall           correct / true, 1.0 when the truth has no pair
 * @param f1               harmonic mean of precision and recall (0 when both are 0)
 * @param lookalikesJoined look-alike pairs (which must stay apart) given the same resolved id
 */
public record PairwiseQuality(long truePairs, long predictedPairs, long correctPairs, double precision, double recall,
        double f1, long lookalikesJoined) {
}
