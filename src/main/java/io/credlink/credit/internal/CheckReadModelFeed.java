package io.credlink.credit.internal;

import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.graph.ReadModelRefresher.Touched;
import io.credlink.graph.GraphWrittenAround;
import io.credlink.ingest.DatasetImported;
import io.credlink.sanction.ObjectionFiled;
import io.credlink.sanction.ObjectionResolved;
import io.credlink.sanction.SanctionEndedEarly;
import io.credlink.sanction.SanctionRecorded;
import io.credlink.sanction.SanctionWithdrawn;

/**
 * Tells the {@link CheckReadModel} which parties the other modules' writes change. Each listener
 * runs synchronously where the event is published, inside the writer's transaction, so the
 * parties are changing before the commit and patched after it; a durable after-commit listener
 * would leave a window in which the model answers from before a commit its writer has already
 * reported. Nothing here needs the event publication registry: the model lives in memory and is
 * rebuilt at every start.
 *
 * <p>What a check reads and who writes it: a party's existence and type (imports), its stored
 * score (credit's own {@link ScoreWriter}, which tells the model itself), the sanctions against it
 * with their standing and disputed flag (sanction: record, withdrawal, early end, objections;
 * imports). Credit records, resolution and the audit trail change nothing a check reads from
 * the model (resolved entities are looked up per check).
 */
@Component
class CheckReadModelFeed {

    private final CheckReadModel model;

    CheckReadModelFeed(CheckReadModel model) {
        this.model = model;
    }

    /**
     * The parties an import wrote or named (a sanction's subject among them) are patched; an
     * import that does not say which (a bulk load, a very large one) has the model rebuilt.
     */
    @EventListener
    void on(DatasetImported event) {
        List<String> changed = event.changedPartyIds();
        model.changing(changed == null ? Touched.EVERYTHING : Touched.keys(changed));
    }

    @EventListener
    void on(GraphWrittenAround event) {
        model.changing(Touched.EVERYTHING);
    }

    @EventListener
    void on(SanctionRecorded event) {
        party(event.subjectId());
    }

    @EventListener
    void on(SanctionWithdrawn event) {
        party(event.subjectId());
    }

    @EventListener
    void on(SanctionEndedEarly event) {
        party(event.subjectId());
    }

    /** The item's disputed flag changes (a credit record's too: its patch costs one row). */
    @EventListener
    void on(ObjectionFiled event) {
        party(event.subjectId());
    }

    @EventListener
    void on(ObjectionResolved event) {
        party(event.subjectId());
    }

    private void party(String id) {
        model.changing(id == null ? Touched.EVERYTHING : Touched.keys(Set.of(id)));
    }
}
