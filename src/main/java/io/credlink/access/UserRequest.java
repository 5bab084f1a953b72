package io.credlink.access;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new user. The minimum password length is configuration ({@code credlink.security.min-password-length})
 * and checked by the service; BCrypt reads at most 72 bytes, so longer passwords are refused.
 *
 * @param name     3..64 of letters, digits and {@code . _ @ -}
 * @param password the password (never stored or logged; only its BCrypt hash is)
 * @param role     one of ADMIN, REGULATOR, ANALYST, INSURER, SUBJECT
 * @param orgId    required for INSURER: an existing Insurer id; not allowed otherwise
 * @param entityId required for SUBJECT: an existing party id; not allowed otherwise
 */
public record UserRequest(
        @NotBlank @Pattern(regexp = NAME_PATTERN, message = "must be 3 to 64 letters, digits or . _ @ -") String name,
        @NotNull @Size(max = 72, message = "must be at most 72 characters") @Schema(format = "password") String password,
        @NotNull Role role,
        String orgId,
        String entityId) {

    public static final String NAME_PATTERN = "[A-Za-z0-9._@-]{3,64}";

    @Override
    public String toString() {
        return "UserRequest[name=" + name + ", password=(hidden), role=" + role + ", orgId=" + orgId
                + ", entityId=" + entityId + "]";
    }
}
