package io.credlink.sanction;

import java.time.LocalDate;
import java.util.List;

/**
 * The measures in force on a party on a date, each with its cause. A resolved entity (entity
 * resolution: the same person or firm under several insurers' ids) is one party: the answer holds
 * the measures and the sanctions in force on every member, each naming the member it is on.
 *
 * @param entityId        the party asked about
 * @param restrictions    the measures on it and on the other members of its resolved entity, by
 *                        sanction id, then as propagation orders them (rule, hops, member)
 * @param resolvedId      its resolved entity (its own id when alone)
 * @param blacklisted     a blacklisting sanction against it or another member is in force on asOf
 * @param activeSanctions the sanctions in force on asOf against it and the other members, by sanction id
 */
public record RestrictionsView(String entityId, LocalDate asOf, List<Restriction> restrictions, String resolvedId,
        boolean blacklisted, List<InForceSanction> activeSanctions) {

    /**
     * One measure, the sanction and rule behind it, and the path from the sanctioned party.
     *
     * @param sanctionedId the party the sanction is against
     * @param path         the ids from the sanctioned party, or from {@code viaMember}, to {@code subjectId}
     * @param subjectId    the member the measure is on: the party asked about or another member of its entity
     * @param viaMember    the member of the sanctioned party's resolved entity the path starts from when it
     *                     is not the sanctioned party itself (the sanction reaches through it); else null
     */
    public record Restriction(
            String sanctionId,
            String sanctionedId,
            String measure,
            String rule,
            int hops,
            List<String> path,
            boolean disputed,
            List<PartnerMeasure> partnerMeasures,
            String subjectId,
            String viaMember) {
    }
}
