package io.credlink.credit.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CounterpartyCheckView;
import io.credlink.credit.CreditService;
import io.swagger.v3.oas.annotations.Operation;

/** Counterparty checks: many parties in one request, answered from stored scores. */
@RestController
class CounterpartyCheckController {

    private final CreditService credit;

    CounterpartyCheckController(CreditService credit) {
        this.credit = credit;
    }

    @Operation(summary = "Check counterparties", description = "1..1000 ids (else 400); per id: found, its resolved "
            + "entity (resolvedId), the score and grade of that entity, blacklisted, the active sanctions and "
            + "restrictions of every member of its resolved entity (each naming its member in subjectId) and blacklisted "
            + "parties within two hops of any member. Unknown ids are results with found=false.")
    @PostMapping("/api/v1/counterparty-checks")
    CounterpartyCheckView check(@RequestBody CounterpartyCheckRequest request) {
        return credit.check(request);
    }
}
