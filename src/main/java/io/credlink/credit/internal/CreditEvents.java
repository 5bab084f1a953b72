package io.credlink.credit.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.credlink.credit.CreditProperties;
import io.credlink.fraud.FraudConfirmed;
import io.credlink.ingest.DatasetImported;
import io.credlink.resolution.ResolutionCompleted;
import io.credlink.sanction.CreditRecordRecorded;
import io.credlink.sanction.CreditRecordWithdrawn;
import io.credlink.sanction.ObjectionFiled;
import io.credlink.sanction.ObjectionResolved;
import io.credlink.sanction.SanctionEndedEarly;
import io.credlink.sanction.SanctionRecorded;
import io.credlink.sanction.SanctionWithdrawn;

/**
 * Keeps stored scores current. Each listener runs after the change's transaction committed, on
 * another thread (Modulith's {@code @ApplicationModuleListener}; the event's publication is stored
 * with the change and delivered again after a restart until a listener finished), and only queues
 * a recomputation ({@link RecomputationQueue}): full after an import, incremental (the subject and
 * every party whose network part changes) after a sanction, record, objection, fraud case or a
 * change of resolved entities. The
 * change's answer never waits for scores.
 */
@Component
class CreditEvents {

    private final RecomputationQueue queue;
    private final CounterpartyChecks checks;
    private final CreditProperties properties;

    CreditEvents(RecomputationQueue queue, CounterpartyChecks checks, CreditProperties properties) {
        this.queue = queue;
        this.checks = checks;
        this.properties = properties;
    }

    /**
     * The parties an import wrote or named are rescored, and whatever their links change around
     * them (the recomputation walks the network again when links were written); an import that
     * does not say which parties it touched (a bulk load, a very large one) rescores every party.
     */
    @ApplicationModuleListener
    void on(DatasetImported event) {
        List<String> changed = event.changedPartyIds();
        if (changed == null) {
            queue(List.of(), true, "import of " + event.imported() + " rows", event);
        } else if (event.imported() > 0) {
            queue(changed, false, "import of " + event.imported() + " rows (" + changed.size() + " parties)", event);
        }
    }

    @ApplicationModuleListener
    void on(SanctionRecorded event) {
        queue(List.of(event.subjectId()), false, "sanction " + event.sanctionId() + " recorded", event);
    }

    @ApplicationModuleListener
    void on(SanctionWithdrawn event) {
        queue(List.of(event.subjectId()), false, "sanction " + event.sanctionId() + " withdrawn", event);
    }

    @ApplicationModuleListener
    void on(SanctionEndedEarly event) {
        queue(List.of(event.subjectId()), false, "sanction " + event.sanctionId() + " ended early", event);
    }

    @ApplicationModuleListener
    void on(CreditRecordRecorded event) {
        queue(List.of(event.subjectId()), false, "record " + event.recordId() + " recorded", event);
    }

    @ApplicationModuleListener
    void on(CreditRecordWithdrawn event) {
        queue(List.of(event.subjectId()), false, "record " + event.recordId() + " withdrawn", event);
    }

    /** A disputed item still counts, but its factor says so: rescore to carry the flag. */
    @ApplicationModuleListener
    void on(ObjectionFiled event) {
        queue(List.of(event.subjectId()), false, "objection " + event.objectionId() + " filed", event);
    }

    @ApplicationModuleListener
    void on(ObjectionResolved event) {
        queue(List.of(event.subjectId()), false, "objection " + event.objectionId() + " resolved", event);
    }

    /** Confirmed fraud claims make their parties risky sources of network exposure. */
    @ApplicationModuleListener
    void on(FraudConfirmed event) {
        if (!event.partyIds().isEmpty()) {
            queue(event.partyIds(), false, "fraud case " + event.caseId() + " confirmed", event);
        }
    }

    /**
     * A resolved entity gained or lost members: its facts are now those of other parties, so every
     * member before and after is rescored.
     */
    @ApplicationModuleListener
    void on(ResolutionCompleted event) {
        if (!event.partyIds().isEmpty()) {
            queue(event.partyIds(), false, "resolution " + event.runId() + " changed " + event.partyIds().size()
                    + " parties' entities", event);
        }
    }

    private void queue(Collection<String> partyIds, boolean full, String trigger, Object event) {
        // checks cache the parties newly restricted on a day: a change may alter them
        checks.forgetCachedRestrictions();
        if (properties.recomputeAfterChanges()) {
            queue.submit(trigger, event.getClass().getSimpleName(), partyIds, full);
        }
    }
}
