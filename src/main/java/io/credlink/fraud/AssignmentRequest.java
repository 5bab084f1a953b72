package io.credlink.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Assigns a case to an analyst. */
public record AssignmentRequest(@NotBlank @Size(max = 100) String assignee) {
}
