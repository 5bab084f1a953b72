package io.credlink.sanction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A subject's objection to a sanction or credit record about itself.
 *
 * @param recordId the id of the sanction or credit record objected to
 * @param reason   why the subject objects
 */
public record ObjectionRequest(
        @NotBlank @Size(max = 100) String recordId,
        @NotBlank @Size(max = 2000) String reason) {
}
