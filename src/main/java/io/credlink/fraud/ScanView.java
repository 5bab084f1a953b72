package io.credlink.fraud;

import java.util.Map;

/**
 * A finished scan.
 *
 * @param alerts alerts by kind (every kind present, suppressed alerts not counted)
 * @param tookMs how long the scan took
 */
public record ScanView(String scanId, Map<AlertKind, Long> alerts, long tookMs) {
}
