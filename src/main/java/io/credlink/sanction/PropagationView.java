package io.credlink.sanction;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a sanction reaches on a date.
 *
 * @param sanctionId  the sanction (null for a proposal without id)
 * @param inForce     whether the sanction is in force on {@code asOf}; when not, nothing propagates
 * @param status      IN_FORCE, NOT_YET_EFFECTIVE, EXPIRED or WITHDRAWN
 * @param explanation why the sanction is or is not in force, in words
 * @param affected    every measure the rules derive, ordered by rule, hops, entity id
 * @param truncated   where a rule's fan-out limit cut the expansion
 */
public record PropagationView(
        String sanctionId,
        LocalDate asOf,
        boolean inForce,
        String status,
        String explanation,
        List<Affected> affected,
        List<Truncation> truncated) {

    /**
     * A measure on one party.
     *
     * @param path ids from the sanctioned party to the affected one
     */
    public record Affected(
            String entityId,
            String entityType,
            String name,
            String measure,
            String rule,
            int hops,
            List<String> path,
            boolean disputed,
            List<PartnerMeasure> partnerMeasures) {
    }

    /** A rule kept only the first {@code limit} neighbours (by id) of {@code entityId}. */
    public record Truncation(String rule, String entityId, int limit) {
    }
}
