package io.credlink.monitoring.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.credit.CreditService;
import io.credlink.fraud.FraudService;
import io.credlink.monitoring.MonitoringProperties;
import jakarta.annotation.PreDestroy;

/**
 * Fraud scans and full credit recomputations on {@code credlink.monitoring.scan-cron} and
 * {@code recompute-cron} (both off by default), on one thread so they never run at once. Their
 * outcomes raise the usual events (new alerts, grade changes), hence notifications.
 * {@code /actuator/health} component {@code schedules} shows each job's cron, last run, outcome
 * and next run.
 */
@Component("schedulesHealthIndicator")
class ScheduledRuns implements HealthIndicator {

    private final Schedules schedules;
    private final MonitoringProperties properties;
    private final FraudService fraud;
    private final CreditService credit;

    ScheduledRuns(MonitoringProperties properties, FraudService fraud, CreditService credit) {
        this.properties = properties;
        this.fraud = fraud;
        this.credit = credit;
        this.schedules = new Schedules(properties.zone());
        // parse now: a wrong expression fails start-up, not the first run
        if (!properties.scanCron().isBlank()) {
            org.springframework.scheduling.support.CronExpression.parse(properties.scanCron());
        }
        if (!properties.recomputeCron().isBlank()) {
            org.springframework.scheduling.support.CronExpression.parse(properties.recomputeCron());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.scanCron().isBlank()) {
            schedules.add("fraudScan", properties.scanCron(), fraud::scan);
        }
        if (!properties.recomputeCron().isBlank()) {
            schedules.add("creditRecomputation", properties.recomputeCron(),
                    () -> credit.recomputeAll(LocalDate.now(properties.zone())));
        }
    }

    @PreDestroy
    void stop() {
        schedules.close();
    }

    @Override
    public Health health() {
        Health.Builder b = Health.up();
        for (Map.Entry<String, Schedules.State> e : schedules.states().entrySet()) {
            Schedules.State s = e.getValue();
            Map<String, Object> detail = new java.util.LinkedHashMap<>();
            detail.put("cron", s.cron());
            detail.put("lastStart", s.lastStart() == null ? null : s.lastStart().toString());
            detail.put("lastEnd", s.lastEnd() == null ? null : s.lastEnd().toString());
            detail.put("lastOutcome", s.lastOutcome());
            detail.put("next", s.next() == null ? null : s.next().toString());
            b.withDetail(e.getKey(), detail);
        }
        return b.build();
    }
}
