package io.credlink;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the external modes of {@link TestNeo4j}, points every Spring test context at a clean
 * external server ({@code credlink.neo4j.embedded=false}, {@code spring.neo4j.uri} and its
 * credentials, taking precedence over every other source). Registered in
 * {@code META-INF/spring.factories}; in the embedded mode it changes nothing.
 */
public final class ExternalNeo4jContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        TestNeo4j mode = TestNeo4j.mode();
        return mode.external() ? new ExternalServer(mode) : null;
    }

    /** Equal for the same mode, so that it does not split Spring's context cache. */
    private record ExternalServer(TestNeo4j mode) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            Neo4jServer server = ExternalNeo4jServers.take(mode);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("credlink-test-neo4j", Map.of(
                    "credlink.neo4j.embedded", "false",
                    "spring.neo4j.uri", server.boltUri().toString(),
                    "spring.neo4j.authentication.username", server.user(),
                    "spring.neo4j.authentication.password", server.password())));
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
                if (event.getApplicationContext() == context) {
                    ExternalNeo4jServers.giveBack(server);
                }
            });
        }
    }
}
