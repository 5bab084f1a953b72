package io.credlink.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person's decision on a pair of parties. */
public record DecisionRequest(@NotBlank @Size(max = 64) String entityId, @NotBlank @Size(max = 64) String otherId,
        @NotNull Decision decision, @NotBlank @Size(max = 1000) String reason) {
}
