package io.credlink.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An INSURER asks for special access.
 *
 * @param entityId the party (PII) or the centre of the network (DEEP_NETWORK)
 * @param scope    PII or DEEP_NETWORK
 * @param purpose  why, in words (e.g. claim investigation of C123)
 */
public record AccessRequestCreate(
        @NotBlank @Size(max = 200) String entityId,
        @NotNull AccessScope scope,
        @NotBlank @Size(max = 1000) String purpose) {
}
