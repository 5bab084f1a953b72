package io.credlink.monitoring;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the monitoring module (docs/monitoring.md, "Configuration").
 *
 * @param allowedHosts     host names or literal addresses that webhooks may target even though they are
 *                         loopback, private or link-local (none by default: such targets are refused)
 * @param dedupWindow      changes about one party on one list within this window make one notification,
 *                         delivered when the window closes
 * @param retryFor         a delivery is retried this long after its notification was created, then FAILED
 * @param initialBackoff   the wait after the first failed attempt; doubled per attempt, with jitter
 * @param maxBackoff       the longest wait between two attempts
 * @param timeout          connect and response timeout of one webhook call
 * @param dispatchInterval how often the dispatcher looks for due deliveries
 * @param batchSize        at most this many deliveries per dispatcher round
 * @param dispatcher       false stops delivering (the outbox still fills)
 * @param scanCron         Spring cron expression (six fields) of scheduled fraud scans; empty = none
 * @param recomputeCron    Spring cron expression of scheduled full credit recomputations; empty = none
 * @param zone             time zone of the cron expressions
 */
@Validated
@ConfigurationProperties("credlink.monitoring")
public record MonitoringProperties(
        @DefaultValue List<String> allowedHosts,
        @NotNull @DefaultValue("1s") Duration dedupWindow,
        @NotNull @DefaultValue("24h") Duration retryFor,
        @NotNull @DefaultValue("2s") Duration initialBackoff,
        @NotNull @DefaultValue("15m") Duration maxBackoff,
        @NotNull @DefaultValue("10s") Duration timeout,
        @NotNull @DefaultValue("500ms") Duration dispatchInterval,
        @Min(1) @Max(10000) @DefaultValue("100") int batchSize,
        @DefaultValue("true") boolean dispatcher,
        @DefaultValue("") String scanCron,
        @DefaultValue("") String recomputeCron,
        @NotNull @DefaultValue("UTC") java.time.ZoneId zone) {
}
