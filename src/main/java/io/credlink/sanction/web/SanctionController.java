package io.credlink.sanction.web;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.sanction.EarlyEndRequest;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;
import io.credlink.sanction.SanctionView;
import io.credlink.sanction.WithdrawalRequest;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/** Sanctions: recording, withdrawal, early end, propagation and what-if impact. */
@RestController
@RequestMapping("/api/v1/sanctions")
class SanctionController {

    private final SanctionService sanctions;

    SanctionController(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @Operation(summary = "Record a sanction", description = "The columns of sanctions.csv as camelCase JSON; "
            + "the id is generated when absent.")
    @PostMapping
    ResponseEntity<SanctionView> record(@Valid @RequestBody SanctionRequest request, CurrentUser user) {
        SanctionView view = sanctions.record(request, user.name());
        return ResponseEntity.created(URI.create("/api/v1/sanctions/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    SanctionView find(@PathVariable String id) {
        return sanctions.find(id);
    }

    @Operation(summary = "Withdraw a sanction", description = "Kept and marked withdrawn with who, when and why; "
            + "it no longer propagates on any date.")
    @PostMapping("/{id}/withdrawal")
    SanctionView withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest request, CurrentUser user) {
        return sanctions.withdraw(id, request, user.name());
    }

    @Operation(summary = "End a sanction early (credit repair)", description = "Sets effectiveTo; the previous "
            + "end is kept in the sanction's history.")
    @PostMapping("/{id}/early-end")
    SanctionView endEarly(@PathVariable String id, @Valid @RequestBody EarlyEndRequest request, CurrentUser user) {
        return sanctions.endEarly(id, request, user.name());
    }

    @Operation(summary = "Where a sanction reaches", description = "Every measure the propagation rules derive "
            + "on asOf (default today), with rule, hops and path; nothing when the sanction is not in force.")
    @GetMapping("/{id}/propagation")
    PropagationView propagation(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return sanctions.propagation(id, asOf == null ? LocalDate.now() : asOf);
    }

    @Operation(summary = "What-if impact of a proposed sanction", description = "The propagation answer for a "
            + "sanction that is not recorded; records nothing. asOf defaults to today, or to the proposal's "
            + "effectiveFrom when that is later.")
    @PostMapping("/impact")
    PropagationView impact(@Valid @RequestBody SanctionRequest proposal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate when = asOf;
        if (when == null) {
            LocalDate today = LocalDate.now();
            when = proposal.effectiveFrom().isAfter(today) ? proposal.effectiveFrom() : today;
        }
        return sanctions.impact(proposal, when);
    }
}
