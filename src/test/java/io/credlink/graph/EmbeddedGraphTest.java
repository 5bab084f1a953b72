package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import io.credlink.CredLinkTest;
import io.credlink.TestNeo4j;

@CredLinkTest
class EmbeddedGraphTest {

    @Autowired
    Driver driver;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @Autowired
    Environment environment;

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n:GdsProbe) DETACH DELETE n").execute();
    }

    /**
     * By default the driver talks to the in-process DBMS over loopback Bolt; in the external test
     * modes (docs/testing.md) there is no such DBMS and the configured server answers instead.
     */
    @Test
    void driverTalksToTheEmbeddedDbmsOverLoopbackBolt() {
        if (TestNeo4j.mode().external()) {
            assertThat(embedded.getIfAvailable()).isNull();
            assertThat(environment.getProperty("credlink.neo4j.embedded")).isEqualTo("false");
        } else {
            EmbeddedNeo4j dbms = embedded.getObject();
            assertThat(dbms.boltUri().getScheme()).isEqualTo("bolt");
            assertThat(dbms.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(dbms.boltUri().getPort()).isPositive();
        }
        driver.verifyConnectivity();
        var agent = driver.executableQuery("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version")
                .execute().records().get(0);
        assertThat(agent.get("version").asString()).startsWith("5.26");
    }

    @Test
    void schemaMigrationsCreatedTheIdConstraints() {
        List<String> names = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
        assertThat(names).contains("entity_id", "claim_id", "identifier_id", "sanction_id");
        long migrations = driver.executableQuery("MATCH (m:__CredLinkMigration) RETURN count(m) AS n").execute()
                .records().get(0).get("n").asLong();
        assertThat(migrations).isGreaterThanOrEqualTo(1);
    }

    @Test
    void graphDataScienceRunsWeaklyConnectedComponents() {
        driver.executableQuery("""
                CREATE (a:GdsProbe {k: 'a'})-[:LINK]->(b:GdsProbe {k: 'b'}),
                       (c:GdsProbe {k: 'c'})-[:LINK]->(d:GdsProbe {k: 'd'})-[:LINK]->(e:GdsProbe {k: 'e'})
                """).execute();
        driver.executableQuery("CALL gds.graph.project('probe', 'GdsProbe', 'LINK')").execute();
        try {
            List<Record> rows = driver.executableQuery("""
                    CALL gds.wcc.stream('probe') YIELD nodeId, componentId
                    RETURN gds.util.asNode(nodeId).k AS k, componentId AS component
                    """).execute().records();
            Map<String, Long> component = new java.util.HashMap<>();
            rows.forEach(r -> component.put(r.get("k").asString(), r.get("component").asLong()));
            assertThat(component).hasSize(5);
            assertThat(component.get("a")).isEqualTo(component.get("b"));
            assertThat(component.get("c")).isEqualTo(component.get("d")).isEqualTo(component.get("e"));
            assertThat(component.get("a")).isNotEqualTo(component.get("c"));
        } finally {
            driver.executableQuery("CALL gds.graph.drop('probe', false) YIELD graphName RETURN graphName").execute();
        }
    }

    @Test
    void apocCoreFunctionsAndProceduresAreRegistered() {
        var row = driver.executableQuery("""
                RETURN apoc.text.join(['cred', 'link'], '') AS joined,
                       apoc.coll.sum([1, 2, 3]) AS total
                """).execute().records().get(0);
        assertThat(row.get("joined").asString()).isEqualTo("credlink");
        assertThat(row.get("total").asDouble()).isEqualTo(6.0);
        long n = driver.executableQuery("CALL apoc.help('apoc.path') YIELD name RETURN count(name) AS n")
                .execute().records().get(0).get("n").asLong();
        assertThat(n).isPositive();
    }
}
