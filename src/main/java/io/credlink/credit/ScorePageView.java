package io.credlink.credit;

import java.util.List;

/**
 * A page of stored current scores, lowest first: for distributions and for finding the riskiest
 * parties of a type without knowing their ids.
 *
 * @param items one per party
 * @param page  zero-based page
 * @param size  page size asked for
 * @param total scores matching the filters in all
 */
public record ScorePageView(List<Item> items, int page, int size, long total) {

    /**
     * A party's stored score: {@code base + Σ factors[].contribution = score} as in {@link ScoreView}.
     *
     * @param network the network part (the NETWORK_EXPOSURE contribution, 0 when not exposed)
     */
    public record Item(String entityId, String entityType, int score, String grade, int network,
            List<ScoreView.Factor> factors) {
    }
}
