package io.credlink.sanction;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a partner department does about a party under a measure (market access, qualification,
 * administrative approval, subsidies, public procurement, bidding…). The department and its
 * restrictions are the rules file's English words; their codes (when the rules file gives them)
 * let a client word them in its reader's language.
 *
 * @param department       the department, in English
 * @param restrictions     what it does, in English
 * @param departmentCode   the department as a code, e.g. FINANCIAL_REGULATOR (null when the rule gives none)
 * @param restrictionCodes one code per restriction, in the same order, e.g. NO_SENIOR_APPOINTMENT (empty
 *                         when the rule gives none)
 */
public record PartnerMeasure(String department, List<String> restrictions,
        @Schema(description = "The department as a code (rules file department-code), null when the rule gives none",
                example = "FINANCIAL_REGULATOR") String departmentCode,
        @Schema(description = "One code per restriction, in the same order (rules file restriction-codes); "
                + "empty when the rule gives none", example = "[\"NO_SENIOR_APPOINTMENT\"]") List<String> restrictionCodes) {

    public PartnerMeasure {
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
        restrictionCodes = restrictionCodes == null ? List.of() : List.copyOf(restrictionCodes);
    }
}
