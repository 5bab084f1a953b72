package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The documented environment variable reaches {@code credlink.security.bootstrap-admin-password}. */
class AccessPropertiesBindingTest {

    @Test
    void theBootstrapPasswordComesFromCredlinkBootstrapAdminPassword() throws IOException {
        AccessProperties bound = bind(Map.of("CREDLINK_BOOTSTRAP_ADMIN_PASSWORD", "from-the-environment"), true);
        assertThat(bound.bootstrapPassword()).contains("from-the-environment");
        assertThat(bound.minPasswordLength()).isEqualTo(12);
        assertThat(bound.toString()).doesNotContain("from-the-environment");
    }

    @Test
    void relaxedBindingAloneWouldNotMapThatVariableHenceThePlaceholder() throws IOException {
        assertThat(bind(Map.of("CREDLINK_BOOTSTRAP_ADMIN_PASSWORD", "x"), false).bootstrapPassword()).isEmpty();
    }

    @Test
    void withoutTheVariableThePasswordIsUnset() throws IOException {
        assertThat(bind(Map.of(), true).bootstrapPassword()).isEmpty();
    }

    private static AccessProperties bind(Map<String, Object> env, boolean withApplicationProperties) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        if (withApplicationProperties) {
            new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
                    .forEach(source -> environment.getPropertySources().addLast((OriginTrackedMapPropertySource) source));
        }
        return Binder.get(environment).bindOrCreate("credlink.security", AccessProperties.class);
    }
}
