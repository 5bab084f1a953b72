package io.credlink.sanction;

import java.time.LocalDate;
import java.util.List;

/** The measures in force on a party on a date, each with its cause. */
public record RestrictionsView(String entityId, LocalDate asOf, List<Restriction> restrictions) {

    /**
     * One measure, the sanction and rule behind it, and the path from the sanctioned party.
     */
    public record Restriction(
            String sanctionId,
            String sanctionedId,
            String measure,
            String rule,
            int hops,
            List<String> path,
            boolean disputed,
            List<PartnerMeasure> partnerMeasures) {
    }
}
