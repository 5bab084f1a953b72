package io.credlink.sanction.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.credlink.resolution.ResolutionCompleted;

/**
 * Hears entity resolution change which parties are one person or firm. Propagation, restrictions
 * and the lists read the members live; only the restrictions projection holds what propagation
 * from each sanctioned entity's members was, so it is told. After the run's or decision's commit
 * (resolution publishes outside a transaction today, hence {@code fallbackExecution}: at once, in
 * the publisher's thread, its writes already committed), so a restriction asked right after a
 * decision is answered with the new members.
 */
@Component
class ResolutionChanges {

    private final RestrictionsProjection projection;

    ResolutionChanges(RestrictionsProjection projection) {
        this.projection = projection;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResolutionCompleted event) {
        projection.membersChanged();
    }
}
