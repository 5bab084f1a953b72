package io.credlink.sanction.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code restrictionsProjection}: whether restrictions are
 * answered from the projection right now. Always UP: while it is stale they are computed live.
 */
@Component("restrictionsProjectionHealthIndicator")
class RestrictionsProjectionHealth implements HealthIndicator {

    private final RestrictionsProjection projection;

    RestrictionsProjectionHealth(RestrictionsProjection projection) {
        this.projection = projection;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("current", projection.current()).withDetail("changes", projection.changeCount()).build();
    }
}
