package io.credlink.sanction.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code listsModel}: whether black and red list pages are
 * answered from memory right now. Always UP: while it is stale the lists are computed from facts
 * read per request.
 */
@Component("listsModelHealthIndicator")
class ListsModelHealth implements HealthIndicator {

    private final ListsModel model;

    ListsModelHealth(ListsModel model) {
        this.model = model;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("current", model.current()).build();
    }
}
