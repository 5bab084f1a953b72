package io.credlink;

import java.net.URI;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Neo4j 5.26 community in a container with GDS and APOC (Testcontainers' Neo4j module), for
 * machines with a Docker engine; the image can be changed with {@code credlink.test.neo4j.image}.
 */
public final class Neo4jContainerServer implements Neo4jServer {

    private final Neo4jContainer container;

    private Neo4jContainerServer(Neo4jContainer container) {
        this.container = container;
    }

    public static Neo4jContainerServer start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(TestNeo4j.PROPERTY + "=testcontainers needs a Docker engine and there is none; "
                    + "use " + TestNeo4j.PROPERTY + "=external-process instead");
        }
        Neo4jContainer container = new Neo4jContainer(System.getProperty("credlink.test.neo4j.image", "neo4j:5.26"))
                .withPlugins("apoc", "graph-data-science")
                .withNeo4jConfig("dbms.security.procedures.unrestricted", "gds.*,apoc.*")
                .withRandomPassword();
        container.start();
        return new Neo4jContainerServer(container);
    }

    @Override
    public URI boltUri() {
        return URI.create(container.getBoltUrl());
    }

    @Override
    public String user() {
        return "neo4j";
    }

    @Override
    public String password() {
        return container.getAdminPassword();
    }

    @Override
    public void close() {
        container.stop();
    }
}
