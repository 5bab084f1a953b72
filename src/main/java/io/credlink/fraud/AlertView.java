package io.credlink.fraud;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One alert: what a detector found, with the facts that a person can check.
 *
 * @param id         derived from the kind and the key entities, so a re-scan finds the same id
 * @param score      how strong the finding is, in [0,1]
 * @param entityIds  every entity the alert names (claims, policies, parties), sorted
 * @param evidence   the facts that triggered it (claims with dates and policies, the shared value,
 *                   the missing affiliation or contract, ...), led by its summary in English and as a
 *                   code with values ({@code summaryCode}, {@code summaryArgs}) for other languages
 * @param firstSeen  when a scan found it first
 * @param lastSeen   when a scan found it last
 * @param scanId     the last scan that found it
 * @param suppressed a dismissed case suppressed it: scans no longer count or list it
 */
public record AlertView(
        String id,
        AlertKind kind,
        double score,
        List<String> entityIds,
        @Schema(description = AlertView.EVIDENCE) Map<String, Object> evidence,
        OffsetDateTime firstSeen,
        OffsetDateTime lastSeen,
        String scanId,
        boolean suppressed) {

    /** What the OpenAPI document says of an alert's (and a ring's) evidence. */
    public static final String EVIDENCE = "The facts that triggered it, by detector (docs/fraud.md), led by summary: "
            + "one sentence in English, and the same as data for clients that word it in their reader's language: "
            + "summaryCode (fraud.repeatClaim, fraud.repeatClaimAcrossInsurers, fraud.insureAfterLoss.priorLoss, "
            + "fraud.insureAfterLoss.priorLossOtherId, fraud.insureAfterLoss.incidentBeforeStart, "
            + "fraud.insureAfterLoss.incidentAfterStart, fraud.fakePolicy, fraud.fictitiousBusiness, fraud.ring; "
            + "listed in docs/web.md) and summaryArgs (its values by name: counts, days, ids, FraudReason names). "
            + "Alerts stored by a scan before the codes existed have summary only (and FAKE_POLICY none) until the next scan.";
}
