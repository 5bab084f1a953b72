package io.credlink.fraud;

import jakarta.validation.constraints.NotBlank;

/** Links a case to a related one. */
public record CaseLinkRequest(@NotBlank String caseId) {
}
