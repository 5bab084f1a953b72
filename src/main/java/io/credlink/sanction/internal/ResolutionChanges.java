package io.credlink.sanction.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.credlink.resolution.ResolutionCompleted;

/**
 * Hears entity resolution change which parties are one person or firm. Propagation, restrictions
 * and the lists read the members live; only the restrictions projection holds what propagation
 * from each sanctioned entity's members was, so it is told. Resolution publishes the event after
 * its writes, outside a transaction (a run's writes are many batches), so this is a plain listener
 * in the publisher's thread: a restriction asked right after a decision answers with the new
 * members. Nothing stored waits for it; a restart rebuilds the projection from the graph anyway.
 */
@Component
class ResolutionChanges {

    private final RestrictionsProjection projection;

    ResolutionChanges(RestrictionsProjection projection) {
        this.projection = projection;
    }

    @EventListener
    void on(ResolutionCompleted event) {
        projection.membersChanged(event.partyIds());
    }
}
