package io.credlink.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;

import io.credlink.CredLinkTest;

/** The driver's debug messages are not formatted while its loggers are above debug (logging.level.org.neo4j=WARN). */
@CredLinkTest
class DriverLoggingTest {

    @Autowired
    ObjectProvider<ConfigBuilderCustomizer> customizers;

    @Test
    void debugMessagesAreNotFormattedWhenDebugIsOff() {
        Config.ConfigBuilder builder = Config.builder();
        customizers.orderedStream().forEach(c -> c.customize(builder));
        Logger log = builder.build().logging().getLog("org.neo4j.driver.internal.async.outbound.OutboundMessageHandler");
        AtomicInteger formatted = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "RUN with every parameter";
            }
        };

        log.debug("C: %s", message);
        log.trace("C: %s", message);

        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(formatted).hasValue(0);
    }
}
