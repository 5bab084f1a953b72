package io.credlink.fraud;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A collusion ring: a group of linked parties with claim activity far above its peers.
 *
 * @param id        the id of its RING alert
 * @param memberIds the parties: consumers, and the provider, adjuster, agent the group concentrates on
 * @param claimIds  the claims its members filed
 * @param evidence  the features against their peer values, the links and the concentrations, led by
 *                  its summary (in English, and as summaryCode fraud.ring with summaryArgs)
 */
public record RingView(String id, double score, List<String> memberIds, List<String> claimIds,
                       @Schema(description = AlertView.EVIDENCE) Map<String, Object> evidence) {
}
