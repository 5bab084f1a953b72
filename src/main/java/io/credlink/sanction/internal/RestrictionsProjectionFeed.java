package io.credlink.sanction.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphWrittenAround;
import io.credlink.ingest.DatasetImported;
import io.credlink.sanction.SanctionRecorded;

/**
 * Tells the {@link RestrictionsProjection} about the writes that may change what a sanction
 * propagates to: a new sanction (patched in alone after its commit: nothing else it reads
 * changed), an import (relationships, identifiers, parties, sanctions: rebuilt). A
 * resolution run or decision (which parties are one entity) is heard by {@link ResolutionChanges},
 * which re-projects only the sanctions whose subject's members changed. Each listener runs synchronously
 * where the event is published, inside the writer's transaction, so the projection is stale
 * before the commit. Withdrawal, early end and objections are not among them: the projection
 * reads a sanction's standing live.
 */
@Component
class RestrictionsProjectionFeed {

    private final RestrictionsProjection projection;

    RestrictionsProjectionFeed(RestrictionsProjection projection) {
        this.projection = projection;
    }

    @EventListener
    void on(SanctionRecorded event) {
        projection.sanctionRecorded(event.sanctionId());
    }

    @EventListener
    void on(DatasetImported event) {
        projection.changing();
    }

    @EventListener
    void on(GraphWrittenAround event) {
        projection.changing();
    }
}
