package io.credlink.access.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import io.credlink.access.AccessProperties;
import io.credlink.access.Role;

/**
 * Makes sure there is a way in. With {@code credlink.security.bootstrap-admin-password} set, user
 * {@code admin} exists, is an enabled ADMIN and has that password (created, or its hash replaced
 * when the password changed). Without it, when no ADMIN exists at all (the first start), a
 * random password is generated, only its hash is stored, and the password is printed once.
 * Runs after every singleton (the schema migrations included) and before the server accepts
 * requests.
 */
@Component
public class BootstrapAdmin implements SmartInitializingSingleton {

    public static final String ADMIN_NAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    /** What a run did; {@code generatedPassword} only for {@link Action#GENERATED}. */
    public record Outcome(Action action, Optional<String> generatedPassword) {
        @Override
        public String toString() {
            return "Outcome[" + action + "]";
        }
    }

    public enum Action { CREATED, PASSWORD_UPDATED, UNCHANGED, GENERATED }

    private final UserQueries users;
    private final PasswordEncoder encoder;
    private final AccessProperties properties;

    public BootstrapAdmin(UserQueries users, PasswordEncoder encoder, AccessProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        run(properties.bootstrapPassword());
    }

    /** Applies the rule above for a configured password (or none). */
    public Outcome run(Optional<String> configured) {
        if (configured.isPresent()) {
            String password = configured.get();
            if (password.length() < properties.minPasswordLength()) {
                log.warn("The configured bootstrap admin password is shorter than {} characters; choose a longer one.",
                        properties.minPasswordLength());
            }
            Optional<StoredUser> admin = users.find(ADMIN_NAME);
            if (admin.isEmpty()) {
                create(password);
                log.info("Created user '{}' (ADMIN) with the configured bootstrap password.", ADMIN_NAME);
                return new Outcome(Action.CREATED, Optional.empty());
            }
            StoredUser current = admin.get();
            if (encoder.matches(password, current.passwordHash()) && current.role() == Role.ADMIN && current.enabled()) {
                return new Outcome(Action.UNCHANGED, Optional.empty());
            }
            users.updateAdminCredentials(ADMIN_NAME, encoder.encode(password));
            log.info("Updated user '{}' to the configured bootstrap password.", ADMIN_NAME);
            return new Outcome(Action.PASSWORD_UPDATED, Optional.empty());
        }
        if (users.countWithRole(Role.ADMIN) > 0) {
            return new Outcome(Action.UNCHANGED, Optional.empty());
        }
        String password = generate();
        if (users.find(ADMIN_NAME).isPresent()) {
            users.updateAdminCredentials(ADMIN_NAME, encoder.encode(password));
        } else {
            create(password);
        }
        // Printed once: later starts find an ADMIN and generate nothing. Only the hash is stored.
        log.warn("""

                ==========================================================================
                  CredLink generated a password for user '{}' (role ADMIN):

                      {}

                  It is shown only this once. To choose your own, set the environment
                  variable CREDLINK_BOOTSTRAP_ADMIN_PASSWORD (property
                  credlink.security.bootstrap-admin-password) and restart.
                ==========================================================================
                """, ADMIN_NAME, password);
        return new Outcome(Action.GENERATED, Optional.of(password));
    }

    private void create(String password) {
        try {
            users.create(ADMIN_NAME, encoder.encode(password), Role.ADMIN, null, null);
        } catch (DataIntegrityViolationException raced) {
            // another instance on the same graph created it a moment ago: make it ours
            users.updateAdminCredentials(ADMIN_NAME, encoder.encode(password));
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
