package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.credlink.CredLinkTest;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessProperties;
import io.credlink.access.internal.BootstrapAdmin.Action;

/** The bootstrap rule against the real graph; every test leaves {@code admin} with the test password. */
@CredLinkTest
class BootstrapAdminTest {

    @Autowired
    Driver driver;

    @Autowired
    UserQueries users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccessProperties properties;

    @AfterEach
    void restoreTheTestAdmin() {
        bootstrap().run(Optional.of(AccessFixtures.ADMIN_PASSWORD));
        assertThat(encoder.matches(AccessFixtures.ADMIN_PASSWORD, adminHash())).isTrue();
    }

    @Test
    void theConfiguredPasswordIsAlreadyInPlaceAfterStartUp() {
        assertThat(bootstrap().run(Optional.of(AccessFixtures.ADMIN_PASSWORD)).action()).isEqualTo(Action.UNCHANGED);
    }

    @Test
    void aChangedConfiguredPasswordReplacesTheStoredHash() {
        String before = adminHash();
        var outcome = bootstrap().run(Optional.of("a-new-admin-password"));
        assertThat(outcome.action()).isEqualTo(Action.PASSWORD_UPDATED);
        String after = adminHash();
        assertThat(after).isNotEqualTo(before).startsWith("$2a$");
        assertThat(encoder.matches("a-new-admin-password", after)).isTrue();
        assertThat(encoder.matches(AccessFixtures.ADMIN_PASSWORD, after)).isFalse();
    }

    @Test
    void aDemotedOrDisabledAdminIsRestoredByConfiguration() {
        driver.executableQuery("MATCH (u:User {name: 'admin'}) SET u.role = 'ANALYST', u.enabled = false").execute();
        assertThat(bootstrap().run(Optional.of(AccessFixtures.ADMIN_PASSWORD)).action()).isEqualTo(Action.PASSWORD_UPDATED);
        var admin = users.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(io.credlink.access.Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
    }

    @Test
    void withoutAConfiguredPasswordAPasswordIsGeneratedOnlyWhenThereIsNoAdmin() {
        driver.executableQuery("MATCH (u:User {role: 'ADMIN'}) SET u.role = 'PARKED_ADMIN'").execute();
        driver.executableQuery("MATCH (u:User {name: 'admin'}) DETACH DELETE u").execute();
        try {
            var first = bootstrap().run(Optional.empty());
            assertThat(first.action()).isEqualTo(Action.GENERATED);
            String generated = first.generatedPassword().orElseThrow();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(32);
            assertThat(encoder.matches(generated, adminHash())).isTrue();
            assertThat(adminHash()).doesNotContain(generated);
            // a second start finds the admin: nothing generated, nothing printed
            var second = bootstrap().run(Optional.empty());
            assertThat(second.action()).isEqualTo(Action.UNCHANGED);
            assertThat(second.generatedPassword()).isEmpty();
            assertThat(encoder.matches(generated, adminHash())).isTrue();
        } finally {
            driver.executableQuery("MATCH (u:User {role: 'PARKED_ADMIN'}) SET u.role = 'ADMIN'").execute();
        }
    }

    private BootstrapAdmin bootstrap() {
        return new BootstrapAdmin(users, encoder, properties);
    }

    private String adminHash() {
        return driver.executableQuery("MATCH (u:User {name: 'admin'}) RETURN u.passwordHash AS h")
                .withParameters(Map.of()).execute().records().get(0).get("h").asString();
    }
}
