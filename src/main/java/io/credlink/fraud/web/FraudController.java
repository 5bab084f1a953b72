package io.credlink.fraud.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.fraud.AlertKind;
import io.credlink.fraud.AlertQuery;
import io.credlink.fraud.AlertView;
import io.credlink.fraud.ClaimScoreQuery;
import io.credlink.fraud.ClaimScoreView;
import io.credlink.fraud.FraudPage;
import io.credlink.fraud.FraudService;
import io.credlink.fraud.RepeatClaimPairView;
import io.credlink.fraud.RingView;
import io.credlink.fraud.ScanRecordView;
import io.credlink.fraud.ScanView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Fraud scans and what they found: alerts, rings and the claims' suspicion scores. */
@RestController
@RequestMapping("/api/v1/fraud")
class FraudController {

    private final FraudService fraud;

    FraudController(FraudService fraud) {
        this.fraud = fraud;
    }

    @Operation(summary = "Run every detector", description = "REPEAT_CLAIM, INSURE_AFTER_LOSS, FAKE_POLICY, "
            + "FICTITIOUS_BUSINESS and RING over the whole graph, then every claim's suspicion score; alerts are "
            + "stable (the same facts keep their id). 409 while another scan runs.")
    @PostMapping("/scans")
    ScanView scan() {
        return fraud.scan();
    }

    @Operation(summary = "Finished scans", description = "Newest first, each with its alert counts by kind "
            + "(suppressed alerts not counted): the alerts found over time. Counts only, no party.")
    @GetMapping("/scans")
    FraudPage<ScanRecordView> scans(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return fraud.scans(page, size);
    }

    @Operation(summary = "Alerts of the latest scan", description = "Highest score first; suppressed alerts "
            + "(dismissed cases) are left out.")
    @GetMapping("/alerts")
    FraudPage<AlertView> alerts(@RequestParam(required = false) AlertKind kind,
            @RequestParam(defaultValue = "0") @DecimalMin("0.0") @DecimalMax("1.0") double minScore,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return fraud.alerts(new AlertQuery(kind, minScore, page, size));
    }

    @GetMapping("/alerts/{id}")
    AlertView alert(@PathVariable String id) {
        return fraud.alert(id);
    }

    @Operation(summary = "Repeat-claim pairs as the graph stands", description = "REPEAT_CLAIM's pairs without a "
            + "scan: two claims on different policies for one subject, or by one claimant (resolved entity) with one "
            + "cause, with incidents at most credlink.fraud.repeat-claim.max-days-apart (3) days apart, or two claims with one "
            + "invoice number; one item per pair and rule, ordered by the claim ids, each shaped as a match in a "
            + "REPEAT_CLAIM alert's evidence. Read live on each call (a page is a slice of the whole list); nothing "
            + "is stored: a scan makes the alerts.")
    @GetMapping("/repeat-claims")
    FraudPage<RepeatClaimPairView> repeatClaims(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return fraud.repeatClaimPairs(page, size);
    }

    @Operation(summary = "Collusion rings of the latest scan", description = "Highest score first, with "
            + "members, claims and evidence (features against peers, shared identifiers, concentrations).")
    @GetMapping("/rings")
    FraudPage<RingView> rings(
            @RequestParam(defaultValue = "0") @DecimalMin("0.0") @DecimalMax("1.0") double minScore,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return fraud.rings(minScore, page, size);
    }

    @Operation(summary = "The triage queue", description = "Every claim's suspicion score in [0,1] from the "
            + "latest scan, highest first, with the factors that add up to it and the insurer of its policy; "
            + "kind keeps the claims with a factor from that detector, insurerId those on that insurer's policies.")
    @GetMapping("/claim-scores")
    FraudPage<ClaimScoreView> claimScores(
            @RequestParam(defaultValue = "0") @DecimalMin("0.0") @DecimalMax("1.0") double minScore,
            @RequestParam(required = false) AlertKind kind,
            @RequestParam(required = false) @Size(max = 100) String insurerId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return fraud.claimScores(new ClaimScoreQuery(minScore, kind, insurerId, page, size));
    }
}
