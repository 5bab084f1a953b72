package io.credlink.resolution;

import java.util.List;

/** A POSSIBLE pair awaiting a person's decision. */
public record ReviewView(String entityId, String entityName, String entityType, String otherId, String otherName,
        String otherType, double score, List<EvidenceView> evidence) {
}
