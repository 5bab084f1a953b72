package io.credlink.sanction.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphWrittenAround;
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
 * Tells the {@link ListsModel} about every write that may change the black or red list of some
 * day: a blacklisting sanction recorded, a sanction withdrawn or ended early, an objection to a
 * sanction filed or resolved (the disputed flag), a credit record recorded or withdrawn (an
 * objection upheld against one withdraws it), an import (parties' names and licences, sanctions,
 * records), a resolution run or decision that changed some entity's members, and writes around
 * the application. Each listener runs synchronously where the event is published, inside the
 * writer's transaction where it has one, so the model is stale before the commit; resolution
 * publishes after its writes, before its answer.
 */
@Component
class ListsModelFeed {

    private final ListsModel model;

    ListsModelFeed(ListsModel model) {
        this.model = model;
    }

    @EventListener
    void on(SanctionRecorded event) {
        if (event.blacklist()) {
            model.changing();
        }
    }

    @EventListener
    void on(SanctionWithdrawn event) {
        model.changing();
    }

    @EventListener
    void on(SanctionEndedEarly event) {
        model.changing();
    }

    @EventListener
    void on(ObjectionFiled event) {
        if ("SANCTION".equals(event.itemType())) {
            model.changing();
        }
    }

    @EventListener
    void on(ObjectionResolved event) {
        if ("SANCTION".equals(event.itemType())) {
            model.changing();
        }
    }

    @EventListener
    void on(CreditRecordRecorded event) {
        model.changing();
    }

    @EventListener
    void on(CreditRecordWithdrawn event) {
        model.changing();
    }

    @EventListener
    void on(DatasetImported event) {
        model.changing();
    }

    @EventListener
    void on(ResolutionCompleted event) {
        if (!event.partyIds().isEmpty()) {
            model.changing();
        }
    }

    @EventListener
    void on(GraphWrittenAround event) {
        model.changing();
    }
}
