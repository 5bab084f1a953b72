package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.credit.CreditProperties;
import io.credlink.fraud.FraudConfirmed;
import io.credlink.ingest.DatasetImported;
import io.credlink.sanction.CreditRecordRecorded;
import io.credlink.sanction.CreditRecordWithdrawn;
import io.credlink.sanction.ObjectionFiled;
import io.credlink.sanction.ObjectionResolved;
import io.credlink.sanction.SanctionEndedEarly;
import io.credlink.sanction.SanctionRecorded;
import io.credlink.sanction.SanctionWithdrawn;

/**
 * Keeps stored scores current: a full recomputation after every import, an incremental one (the
 * subject and every party whose network part changes) after a sanction is recorded, withdrawn or
 * ended early, or a fraud case is confirmed. Runs in the publisher's thread, so the change's response comes once scores are
 * stored; a failure is logged and never fails the change itself.
 */
@Component
class CreditEvents {

    private static final Logger log = LoggerFactory.getLogger(CreditEvents.class);

    private final DefaultCreditService credit;
    private final CreditProperties properties;

    CreditEvents(DefaultCreditService credit, CreditProperties properties) {
        this.credit = credit;
        this.properties = properties;
    }

    @EventListener
    void on(DatasetImported event) {
        credit.forgetCachedRestrictions();
        if (properties.recomputeAfterChanges()) {
            run(() -> credit.recomputeAll(LocalDate.now()), "import");
        }
    }

    @EventListener
    void on(SanctionRecorded event) {
        around(event.subjectId(), "sanction " + event.sanctionId() + " recorded");
    }

    @EventListener
    void on(SanctionWithdrawn event) {
        around(event.subjectId(), "sanction " + event.sanctionId() + " withdrawn");
    }

    @EventListener
    void on(SanctionEndedEarly event) {
        around(event.subjectId(), "sanction " + event.sanctionId() + " ended early");
    }

    @EventListener
    void on(CreditRecordRecorded event) {
        around(event.subjectId(), "record " + event.recordId() + " recorded");
    }

    @EventListener
    void on(CreditRecordWithdrawn event) {
        around(event.subjectId(), "record " + event.recordId() + " withdrawn");
    }

    /** A disputed item still counts, but its factor says so: rescore to carry the flag. */
    @EventListener
    void on(ObjectionFiled event) {
        around(event.subjectId(), "objection " + event.objectionId() + " filed");
    }

    @EventListener
    void on(ObjectionResolved event) {
        around(event.subjectId(), "objection " + event.objectionId() + " resolved");
    }

    /** Confirmed fraud claims make their parties risky sources of network exposure. */
    @EventListener
    void on(FraudConfirmed event) {
        if (!event.partyIds().isEmpty()) {
            around(event.partyIds(), "fraud case " + event.caseId() + " confirmed");
        }
    }

    private void around(String subjectId, String why) {
        around(List.of(subjectId), why);
    }

    private void around(List<String> changedIds, String why) {
        credit.forgetCachedRestrictions();
        if (properties.recomputeAfterChanges()) {
            run(() -> credit.recomputeAround(changedIds, LocalDate.now()), why);
        }
    }

    private static void run(Runnable recomputation, String why) {
        try {
            recomputation.run();
        } catch (RuntimeException e) {
            log.warn("Credit scores were not recomputed after {}: {}", why, e.toString());
        }
    }
}
