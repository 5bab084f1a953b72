package io.credlink.graph.internal;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J, for the embedded DBMS and an external server alike. Its
 * default, {@code System.Logger}, formats every debug message before the level is looked at:
 * each query's RUN message with all its parameters (a batch of audit rows, say) became a string
 * that nobody logged, about a third of the heap a counterparty check allocated (issue 5,
 * docs/benchmarks.md). SLF4J asks the level first, so at {@code logging.level.org.neo4j=WARN}
 * nothing is formatted; the driver's logs still follow that setting.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

    @Bean
    ConfigBuilderCustomizer slf4jDriverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
