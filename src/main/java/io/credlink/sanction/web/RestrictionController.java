package io.credlink.sanction.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.SanctionService;
import io.swagger.v3.oas.annotations.Operation;

/** The measures in force on a party. */
@RestController
class RestrictionController {

    private final SanctionService sanctions;

    RestrictionController(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @Operation(summary = "Measures in force on a party", description = "Each with the sanction, rule and path "
            + "that cause it, on asOf (default today); always what propagation of those sanctions says. A resolved "
            + "entity is one party: the measures and the sanctions in force on every member, each naming the member "
            + "it is on (subjectId); blacklisted when a blacklisting sanction against any member is in force.")
    @GetMapping("/api/v1/entities/{id}/restrictions")
    RestrictionsView restrictions(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return sanctions.restrictions(id, asOf == null ? LocalDate.now() : asOf);
    }
}
