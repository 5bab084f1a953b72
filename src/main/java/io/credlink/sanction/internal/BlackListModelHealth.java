package io.credlink.sanction.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code blackListModel}: whether black list pages are answered
 * from memory right now. Always UP: while it is stale the list is computed from facts read per request.
 */
@Component("blackListModelHealthIndicator")
class BlackListModelHealth implements HealthIndicator {

    private final BlackListModel model;

    BlackListModelHealth(BlackListModel model) {
        this.model = model;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("current", model.current()).build();
    }
}
