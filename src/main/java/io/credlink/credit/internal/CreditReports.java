package io.credlink.credit.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import io.credlink.access.AuditPage;
import io.credlink.access.AuditTrail;
import io.credlink.credit.CreditReportView;
import io.credlink.credit.CreditService;
import io.credlink.credit.ScoreView;
import io.credlink.sanction.PartyItemsView;
import io.credlink.sanction.SanctionService;

/** Assembles a party's own credit report from the stored score, the sanction module and the audit trail. */
@Component
public class CreditReports {

    /** Audit entries a report lists; the total says how many there are. */
    static final int MAX_QUERIES = 200;

    private final CreditService credit;
    private final SanctionService sanctions;
    private final AuditTrail audit;

    CreditReports(CreditService credit, SanctionService sanctions, AuditTrail audit) {
        this.credit = credit;
        this.sanctions = sanctions;
        this.audit = audit;
    }

    public CreditReportView report(String entityId) {
        // the stored score, or the own-record part when not scored yet; an unknown party is a 404
        ScoreView score = credit.score(entityId, null);
        PartyItemsView items = sanctions.itemsAbout(entityId);
        // entries of calls still queued are part of the answer: the subject asks "who looked at me"
        audit.flush();
        AuditPage queries = audit.about(entityId, 0, MAX_QUERIES);
        return new CreditReportView(entityId, LocalDate.now(), score, items.sanctions(), items.records(),
                queries.items(), queries.total());
    }
}
