package io.credlink.credit;

import java.time.LocalDate;
import java.util.List;

import io.credlink.sanction.RestrictionsView;

/** One result per id asked, in the order asked. */
public record CounterpartyCheckView(LocalDate asOf, List<Result> results) {

    /**
     * @param entityId         the id asked
     * @param found            false when no party has that id (the other members are then empty or null)
     * @param entityType       the party's type
     * @param score            its stored score (null when it was never scored), capped when blacklisted
     * @param grade            its grade (D when blacklisted)
     * @param blacklisted      a blacklisting sanction is in force on asOf
     * @param activeSanctions  the sanctions against it in force on asOf
     * @param restrictions     the measures in force on it (sanction propagation)
     * @param exposures        blacklisted parties within two hops and the path to each (last recomputation)
     */
    public record Result(String entityId, boolean found, String entityType, Integer score, String grade,
            boolean blacklisted, List<ActiveSanction> activeSanctions, List<RestrictionsView.Restriction> restrictions,
            List<Exposure> exposures) {
    }

    /** A sanction in force. */
    public record ActiveSanction(String sanctionId, String kind, int severity, boolean blacklist, String authority,
            LocalDate effectiveFrom, LocalDate effectiveTo, boolean disputed) {
    }

    /** A blacklisted party near the checked one: hops and the path of ids from the checked party to it. */
    public record Exposure(String entityId, int hops, List<String> path) {
    }
}
