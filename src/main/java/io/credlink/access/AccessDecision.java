package io.credlink.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A regulator's decision on a pending request.
 *
 * @param approve true approves (for {@code credlink.security.access-request-validity}), false rejects
 * @param reason  optional explanation
 */
public record AccessDecision(@NotNull Boolean approve, @Size(max = 1000) String reason) {
}
