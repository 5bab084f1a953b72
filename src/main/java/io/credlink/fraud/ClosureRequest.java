package io.credlink.fraud;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.credlink.sanction.SanctionRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closes a case.
 *
 * @param resolution       CONFIRMED_FRAUD (its claims become status FRAUD) or DISMISSED (its alerts are
 *                         suppressed on later scans)
 * @param reason           why, for the record
 * @param proposedSanction only with CONFIRMED_FRAUD: a sanction proposed to a regulator (not recorded)
 */
public record ClosureRequest(
        @NotNull CaseStatus resolution,
        @NotBlank @Size(max = 5000) String reason,
        @Valid SanctionRequest proposedSanction) {

    @JsonIgnore
    @AssertTrue(message = "resolution must be CONFIRMED_FRAUD or DISMISSED")
    public boolean isResolutionFinal() {
        return resolution == null || resolution != CaseStatus.OPEN;
    }

    @JsonIgnore
    @AssertTrue(message = "a sanction can only be proposed when the fraud is confirmed")
    public boolean isProposalOnlyWhenConfirmed() {
        return proposedSanction == null || resolution == CaseStatus.CONFIRMED_FRAUD;
    }
}
