package io.credlink.sanction.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.sanction.CreditRecordRequest;
import io.credlink.sanction.CreditRecordView;
import io.credlink.sanction.SanctionService;
import io.credlink.sanction.WithdrawalRequest;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/** Credit records (complaints, litigation, violations, awards, red-list entries…). */
@RestController
@RequestMapping("/api/v1/records")
class CreditRecordController {

    private final SanctionService sanctions;

    CreditRecordController(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @Operation(summary = "Record a credit record", description = "The columns of records.csv as camelCase JSON; "
            + "the id is generated when absent.")
    @PostMapping
    ResponseEntity<CreditRecordView> record(@Valid @RequestBody CreditRecordRequest request, CurrentUser user) {
        CreditRecordView view = sanctions.recordCreditRecord(request, user.name());
        return ResponseEntity.created(URI.create("/api/v1/records/" + view.id())).body(view);
    }

    @Operation(summary = "Withdraw a credit record", description = "Kept and marked withdrawn with who, when and "
            + "why; it leaves the red list and the scores. 409 when it is withdrawn already.")
    @PostMapping("/{id}/withdrawal")
    CreditRecordView withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest request, CurrentUser user) {
        return sanctions.withdrawCreditRecord(id, request, user.name());
    }

    @Operation(summary = "A credit record", description = "With its due-process state: disputed while an "
            + "objection is open, withdrawn (with who, when and why) after an upheld one.")
    @GetMapping("/{id}")
    CreditRecordView find(@PathVariable String id) {
        return sanctions.findCreditRecord(id);
    }
}
