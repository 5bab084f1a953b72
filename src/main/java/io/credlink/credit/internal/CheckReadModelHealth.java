package io.credlink.credit.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code checkReadModel}: whether counterparty checks are
 * answered from memory right now. Always UP: while the model is stale checks query the graph.
 */
@Component("checkReadModelHealthIndicator")
class CheckReadModelHealth implements HealthIndicator {

    private final CheckReadModel model;

    CheckReadModelHealth(CheckReadModel model) {
        this.model = model;
    }

    @Override
    public Health health() {
        CheckReadModel.Status s = model.status();
        Health.Builder b = Health.up().withDetail("enabled", s.enabled()).withDetail("current", s.current())
                .withDetail("parties", s.parties()).withDetail("buildMillis", s.buildMillis());
        if (s.builtAt() != null) {
            b.withDetail("builtAt", s.builtAt().toString());
        }
        b.withDetail("patchesSinceBuilt", s.patches());
        if (s.patchedAt() != null) {
            b.withDetail("patchedAt", s.patchedAt().toString());
        }
        return b.build();
    }
}
