package io.credlink.fraud;

import java.time.OffsetDateTime;
import java.util.Map;

/** Published after every scan: alerts, rings and claim scores of {@code scanId} are stored. */
public record FraudScanCompleted(String scanId, Map<AlertKind, Long> alerts, long scoredClaims,
                                 OffsetDateTime finishedAt) {
}
