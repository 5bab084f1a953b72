package io.credlink.credit.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.credit.CreditReportView;
import io.credlink.credit.NotLinkedToParty;
import io.credlink.credit.internal.CreditReports;
import io.swagger.v3.oas.annotations.Operation;

/** The signed-in SUBJECT's own credit report. */
@RestController
class CreditReportController {

    private final CreditReports reports;

    CreditReportController(CreditReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "My credit report (SUBJECT)", description = "The signed-in subject's score and factors, every "
            + "sanction and record about it (disputed and withdrawn ones marked; object with POST /api/v1/objections), "
            + "and who looked at its data, when and with which purpose.")
    @GetMapping("/api/v1/me/credit-report")
    CreditReportView myReport(CurrentUser user) {
        String entityId = user.entityId().orElseThrow(NotLinkedToParty::new);
        return reports.report(entityId);
    }
}
