package io.credlink.fraud;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Opens a case on alerts (a ring is a RING alert).
 *
 * @param assignee the analyst working it (optional)
 * @param note     a first note (optional)
 */
public record CaseRequest(
        @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 500) List<@NotBlank String> alertIds,
        @Size(max = 100) String assignee,
        @Size(max = 5000) String note) {
}
