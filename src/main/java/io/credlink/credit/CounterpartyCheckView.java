package io.credlink.credit;

import java.time.LocalDate;
import java.util.List;

import io.credlink.sanction.PartnerMeasure;
import io.credlink.sanction.RestrictionsView;

/** One result per id asked, in the order asked. */
public record CounterpartyCheckView(LocalDate asOf, List<Result> results) {

    /**
     * A check treats a resolved entity (entity resolution: the same person or firm under several
     * insurers' ids) as one party: sanctions, blacklisting and restrictions are those of every
     * member, each naming the member it was recorded against; score, grade and exposures are the
     * stored ones, which are the resolved entity's (every member's facts counted once).
     *
     * @param entityId         the id asked
     * @param resolvedId       the resolved entity the party belongs to (its own id when alone; null when not found)
     * @param found            false when no party has that id (the other members are then empty or null)
     * @param entityType       the party's type
     * @param score            its stored score, its resolved entity's (null when it was never scored), capped when blacklisted
     * @param grade            its stored grade (D when blacklisted)
     * @param blacklisted      a blacklisting sanction against it or another member of its resolved entity is in force on asOf
     * @param activeSanctions  the sanctions against it and against the other members of its resolved entity in force on asOf
     * @param restrictions     the measures in force on it and on the other members (sanction propagation)
     * @param exposures        blacklisted parties within two hops of it or another member, and the path to each
     *                         (last recomputation)
     */
    public record Result(String entityId, String resolvedId, boolean found, String entityType, Integer score, String grade,
            boolean blacklisted, List<ActiveSanction> activeSanctions, List<Restriction> restrictions,
            List<Exposure> exposures) {
    }

    /** A sanction in force, against {@code subjectId}: the checked party or another member of its resolved entity. */
    public record ActiveSanction(String sanctionId, String subjectId, String kind, int severity, boolean blacklist,
            String authority, LocalDate effectiveFrom, LocalDate effectiveTo, boolean disputed) {
    }

    /**
     * A measure in force on {@code subjectId} (the checked party or another member of its resolved
     * entity), the sanction against {@code sanctionedId} and the rule behind it, and the path from
     * the sanctioned party to the subject.
     */
    public record Restriction(String subjectId, String sanctionId, String sanctionedId, String measure, String rule, int hops,
            List<String> path, boolean disputed, List<PartnerMeasure> partnerMeasures) {

        /** The sanction module's restriction of {@code subjectId}. */
        public static Restriction of(String subjectId, RestrictionsView.Restriction r) {
            return new Restriction(subjectId, r.sanctionId(), r.sanctionedId(), r.measure(), r.rule(), r.hops(), r.path(),
                    r.disputed(), r.partnerMeasures());
        }
    }

    /** A blacklisted party near the checked one: hops and the path of ids from the checked party to it. */
    public record Exposure(String entityId, int hops, List<String> path) {
    }
}
