package io.credlink.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The documented defaults of credlink.monitoring, and relaxed names for the lists and durations. */
class MonitoringPropertiesBindingTest {

    static MonitoringProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("credlink.monitoring",
                MonitoringProperties.class);
    }

    @Test
    void defaultsAreThoseOfTheDocs() {
        MonitoringProperties p = bind(Map.of());
        assertThat(p.allowedHosts()).isEmpty();
        assertThat(p.dedupWindow()).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.retryFor()).isEqualTo(Duration.ofHours(24));
        assertThat(p.initialBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.maxBackoff()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.dispatchInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(p.batchSize()).isEqualTo(100);
        assertThat(p.dispatcher()).isTrue();
        assertThat(p.scanCron()).isEmpty();
        assertThat(p.recomputeCron()).isEmpty();
        assertThat(p.zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void hostsAndDurationsBindFromPropertyText() {
        MonitoringProperties p = bind(Map.of("credlink.monitoring.allowed-hosts", "127.0.0.1, hooks.internal",
                "credlink.monitoring.retry-for", "2h", "credlink.monitoring.scan-cron", "0 0 2 * * *"));
        assertThat(p.allowedHosts()).isEqualTo(List.of("127.0.0.1", "hooks.internal"));
        assertThat(p.retryFor()).isEqualTo(Duration.ofHours(2));
        assertThat(p.scanCron()).isEqualTo("0 0 2 * * *");
    }
}
