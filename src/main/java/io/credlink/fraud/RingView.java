package io.credlink.fraud;

import java.util.List;
import java.util.Map;

/**
 * A collusion ring: a group of linked parties with claim activity far above its peers.
 *
 * @param id        the id of its RING alert
 * @param memberIds the parties: consumers, and the provider, adjuster, agent the group concentrates on
 * @param claimIds  the claims its members filed
 * @param evidence  the features against their peer values, the links and the concentrations
 */
public record RingView(String id, double score, List<String> memberIds, List<String> claimIds,
                       Map<String, Object> evidence) {
}
