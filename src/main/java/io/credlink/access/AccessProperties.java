package io.credlink.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Security settings ({@code credlink.security.*}).
 *
 * @param bootstrapAdminPassword password of user {@code admin}; when set, {@code admin} exists with
 *                               role ADMIN and this password at every start (changing it here
 *                               changes it in the graph). Unset: a random one is generated and
 *                               printed once, on the first start only. The environment variable
 *                               {@code CREDLINK_BOOTSTRAP_ADMIN_PASSWORD} is mapped onto it in
 *                               application.properties (relaxed binding alone would expect
 *                               {@code CREDLINK_SECURITY_BOOTSTRAPADMINPASSWORD}).
 * @param minPasswordLength      shortest password accepted for a new user (default 12)
 * @param bcryptStrength         BCrypt log rounds of new hashes (default 10; 4..31)
 */
@Validated
@ConfigurationProperties("credlink.security")
public record AccessProperties(
        String bootstrapAdminPassword,
        @Min(8) @Max(72) @DefaultValue("12") int minPasswordLength,
        @Min(4) @Max(31) @DefaultValue("10") int bcryptStrength) {

    /** The configured bootstrap password, if any (blank counts as unset). */
    public java.util.Optional<String> bootstrapPassword() {
        return bootstrapAdminPassword == null || bootstrapAdminPassword.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(bootstrapAdminPassword);
    }

    @Override
    public String toString() {
        return "AccessProperties[bootstrapAdminPassword=" + (bootstrapPassword().isPresent() ? "(set)" : "(unset)")
                + ", minPasswordLength=" + minPasswordLength + ", bcryptStrength=" + bcryptStrength + "]";
    }
}
