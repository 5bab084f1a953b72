package io.credlink.sanction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A regulator's decision on an objection.
 *
 * @param note why; for an upheld objection it is also the reason of the withdrawal
 */
public record ObjectionResolutionRequest(
        @NotNull ObjectionOutcome outcome,
        @NotBlank @Size(max = 2000) String note) {
}
