package io.credlink.access;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new password set by an administrator; the same length rules as a new user's
 * ({@code credlink.security.min-password-length}, at most 72 bytes), checked by the service.
 */
public record PasswordReset(
        @NotNull @Size(max = 72, message = "must be at most 72 characters") @Schema(format = "password") String password) {

    @Override
    public String toString() {
        return "PasswordReset[password=(hidden)]";
    }
}
