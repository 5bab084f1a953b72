package io.credlink.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.credlink.graph.EmbeddedNeo4j;
import io.credlink.graph.GraphProperties;

/**
 * {@code credlink.neo4j.settings.[name]=value} reaches the embedded DBMS by Neo4j's own setting
 * names, and a name Neo4j does not know stops the start with that name instead of being ignored.
 */
class EmbeddedSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GraphProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, EmbeddedGraphConfiguration.class)
            .withPropertyValues("credlink.neo4j.temporary=true", "credlink.neo4j.procedures=false",
                    "credlink.neo4j.page-cache=16m");

    @Test
    void aNamedSettingReachesTheEmbeddedDbms() {
        runner.withPropertyValues("credlink.neo4j.settings.[db.transaction.timeout]=7s").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(transactionTimeout(context.getBean(EmbeddedNeo4j.class))).isEqualTo("7s");
        });
    }

    @Test
    void withoutSettingsTheDefaultsHold() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(transactionTimeout(context.getBean(EmbeddedNeo4j.class))).isEqualTo("0s");
        });
    }

    /** The setting as the running DBMS reports it over Bolt. */
    private static String transactionTimeout(EmbeddedNeo4j dbms) {
        try (Driver driver = GraphDatabase.driver(dbms.boltUri(), AuthTokens.none())) {
            return driver.executableQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
                    .execute().records().get(0).get("value").asString();
        }
    }

    @Test
    void anUnknownSettingStopsTheStartNamingIt() {
        runner.withPropertyValues("credlink.neo4j.settings.[db.no_such_setting]=1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("db.no_such_setting");
        });
    }
}
