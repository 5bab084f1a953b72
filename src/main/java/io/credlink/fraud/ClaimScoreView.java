package io.credlink.fraud;

import java.util.List;

/**
 * A claim's suspicion score in [0,1] with the factors it is made of (their contributions add up
 * to the score), and the insurer whose policy it is on (null when the graph does not say).
 */
public record ClaimScoreView(String claimId, double score, List<Factor> factors, String scanId, String insurerId) {

    /** One part of a score: DETECTOR_…, NETWORK, NEIGHBOURHOOD. */
    public record Factor(String name, double contribution) {
    }
}
