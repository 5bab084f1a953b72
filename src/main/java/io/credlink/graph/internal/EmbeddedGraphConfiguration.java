package io.credlink.graph.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.credlink.graph.EmbeddedNeo4j;
import io.credlink.graph.EmbeddedStoreInitializer;
import io.credlink.graph.GraphProperties;

/**
 * The default: an in-process DBMS whose Bolt address becomes the connection details that
 * Boot's own Neo4j auto-configuration builds the Driver from, so pool, health and metrics are
 * configured exactly as for an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "credlink.neo4j.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedGraphConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(GraphProperties properties, ObjectProvider<EmbeddedStoreInitializer> initializers)
            throws IOException {
        GraphProperties.Neo4j neo4j = properties.neo4j();
        Path home = neo4j.temporary() ? Files.createTempDirectory("credlink-graph-") : properties.dataDir();
        // e.g. the import command's offline bulk load into a fresh store, before the DBMS opens it
        initializers.orderedStream().forEach(i -> i.beforeStart(home));
        Map<String, String> settings = new LinkedHashMap<>(neo4j.settings());
        initializers.orderedStream().forEach(i -> settings.putAll(i.startSettings()));
        return EmbeddedNeo4j.start(home, neo4j.boltHost(), neo4j.boltPort(), neo4j.pageCache(),
                neo4j.procedures(), neo4j.temporary(), settings);
    }

    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j embedded) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return embedded.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
