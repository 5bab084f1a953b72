package io.credlink.sanction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a sanction reaches on a date.
 *
 * @param sanctionId  the sanction (null for a proposal without id)
 * @param inForce     whether the sanction is in force on {@code asOf}; when not, nothing propagates
 * @param status      IN_FORCE, NOT_YET_EFFECTIVE, EXPIRED or WITHDRAWN
 * @param explanation why the sanction is or is not in force, in English words
 * @param affected    every measure the rules derive, ordered by rule, hops, entity id
 * @param truncated   where a rule's fan-out limit cut the expansion
 * @param members     the members of the sanctioned party's resolved entity, by id (itself included;
 *                    only itself when alone): the sanction applies to them as one party, propagates
 *                    from each of them and never reaches them as affected parties
 * @param explanationCode what {@code explanation} says, as a stable code ({@code propagation.*})
 * @param explanationArgs the values {@code explanation} is made of (ISO dates, the disputed flag)
 */
public record PropagationView(
        String sanctionId,
        LocalDate asOf,
        boolean inForce,
        String status,
        String explanation,
        List<Affected> affected,
        List<Truncation> truncated,
        List<Member> members,
        @Schema(description = "What explanation says, as a stable code: propagation.inForce, "
                + "propagation.inForceOpenEnded, propagation.withdrawn, propagation.notYetEffective, propagation.expired",
                example = "propagation.inForce") String explanationCode,
        @Schema(description = "The values explanation is made of: effectiveFrom, effectiveTo (ISO dates), disputed",
                example = "{\"effectiveFrom\":\"2023-08-08\",\"effectiveTo\":\"2028-08-07\",\"disputed\":false}")
        Map<String, Object> explanationArgs) {

    /** A member of the sanctioned party's resolved entity. */
    public record Member(String entityId, String entityType, String name) {
    }

    /**
     * A measure on one party.
     *
     * @param path      ids from the sanctioned party to the affected one, or from {@code viaMember}
     * @param viaMember the member of the sanctioned party's resolved entity the path starts from when
     *                  it is not the sanctioned party itself; else null
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
            List<PartnerMeasure> partnerMeasures,
            String viaMember) {
    }

    /** A rule kept only the first {@code limit} neighbours (by id) of {@code entityId}. */
    public record Truncation(String rule, String entityId, int limit) {
    }
}
