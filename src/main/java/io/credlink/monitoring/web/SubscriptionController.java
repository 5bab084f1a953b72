package io.credlink.monitoring.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.monitoring.MonitoringService;
import io.credlink.monitoring.SubscriptionPage;
import io.credlink.monitoring.SubscriptionRequest;
import io.credlink.monitoring.SubscriptionView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Webhook subscriptions to the caller's watch lists. */
@RestController
@Validated
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final MonitoringService monitoring;

    SubscriptionController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Operation(summary = "Deliver events about a watch list's parties to a webhook", description = "Each "
            + "notification is POSTed as JSON {id, kind, at, entityId, watchlistId, summary} with headers "
            + "X-CredLink-Signature: sha256=<hex HMAC-SHA256 of the body with the secret> and "
            + "X-CredLink-Timestamp; retried with backoff, at least once. Only http(s); loopback, private and "
            + "link-local hosts are refused (400) unless allowed by the administrator. The secret (16 to 200 "
            + "characters) is never returned.")
    @PostMapping
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionRequest request, CurrentUser user) {
        SubscriptionView view = monitoring.subscribe(request, user);
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + view.id())).body(view);
    }

    @Operation(summary = "The caller's webhook subscriptions, newest first, with how their deliveries stand",
            description = "Optionally of one watch list (404 for another owner's). Never the secret. deliveries "
                    + "counts the outbox entries pending (waiting for a first attempt or a retry), delivered and "
                    + "failed (retried for the configured period, then given up), with the last attempt's time and "
                    + "the last error of an entry not delivered.")
    @GetMapping
    SubscriptionPage list(@RequestParam(required = false) String watchlistId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, CurrentUser user) {
        return monitoring.subscriptions(watchlistId, page, size, user);
    }
}
