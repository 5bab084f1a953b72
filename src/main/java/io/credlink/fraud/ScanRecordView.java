package io.credlink.fraud;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A scan that finished, as stored: the alerts it found by kind, for trends over time.
 *
 * @param finishedAt    when it finished (UTC)
 * @param referenceDate the day the market was read as of
 * @param alerts        alerts by kind (every kind present, suppressed alerts not counted)
 */
public record ScanRecordView(String scanId, OffsetDateTime finishedAt, LocalDate referenceDate,
        Map<AlertKind, Long> alerts, long tookMs) {
}
