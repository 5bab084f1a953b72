package io.credlink.sanction;

import java.util.List;

/**
 * What a partner department does about a party under a measure (market access, qualification,
 * administrative approval, subsidies, public procurement, bidding…).
 */
public record PartnerMeasure(String department, List<String> restrictions) {

    public PartnerMeasure {
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }
}
