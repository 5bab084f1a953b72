package io.credlink.access.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.AccessDecision;
import io.credlink.access.AccessRequestCreate;
import io.credlink.access.AccessRequestPage;
import io.credlink.access.AccessRequestService;
import io.credlink.access.AccessRequestStatus;
import io.credlink.access.AccessRequestView;
import io.credlink.access.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Special-approval queries: INSURER asks, REGULATOR (or ADMIN) decides (endpoint policy). */
@RestController
@RequestMapping("/api/v1/access-requests")
@Tag(name = "access requests", description = "Special approval of PII and deep networks for insurers")
class AccessRequestController {

    private final AccessRequestService requests;

    AccessRequestController(AccessRequestService requests) {
        this.requests = requests;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Filed, PENDING")
    @Operation(summary = "An insurer asks for special access",
            description = "scope PII: the full personal data of a party that is not its customer; DEEP_NETWORK: "
                    + "the network of an entity deeper than 2. A regulator decides; an approval lasts "
                    + "credlink.security.access-request-validity.")
    ResponseEntity<AccessRequestView> request(CurrentUser user, @Valid @RequestBody AccessRequestCreate request) {
        AccessRequestView created = requests.request(user, request);
        return ResponseEntity.created(URI.create("/api/v1/access-requests/" + created.id())).body(created);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "A regulator approves or rejects a pending request", description = "Decisions are final "
            + "(409 for a request that is not pending).")
    AccessRequestView decide(CurrentUser user, @PathVariable String id, @Valid @RequestBody AccessDecision decision) {
        return requests.decide(user, id, decision);
    }

    @GetMapping
    @Operation(summary = "Requests, newest first", description = "A regulator sees every insurer's (default: the "
            + "PENDING ones; status=ALL for all), an insurer its own (default: all of them).")
    AccessRequestPage list(CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return requests.list(user, status(user, status), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request")
    AccessRequestView get(CurrentUser user, @PathVariable String id) {
        return requests.get(user, id);
    }

    private static AccessRequestStatus status(CurrentUser user, String status) {
        if (status == null || status.isBlank()) {
            return user.role() == io.credlink.access.Role.INSURER ? null : AccessRequestStatus.PENDING;
        }
        if ("ALL".equalsIgnoreCase(status.strip())) {
            return null;
        }
        try {
            return AccessRequestStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw io.credlink.access.InvalidInput.of("status", "must be one of PENDING, APPROVED, REJECTED, EXPIRED, ALL");
        }
    }
}
