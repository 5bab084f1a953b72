package io.credlink.resolution;

import java.util.List;

/** A party scored against another: its id, type and name, the match probability, the decision and the evidence. */
public record MatchView(String entityId, String type, String name, double score, LinkDecision decision,
        List<EvidenceView> evidence) {
}
