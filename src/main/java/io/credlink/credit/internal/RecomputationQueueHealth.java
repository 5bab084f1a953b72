package io.credlink.credit.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import io.credlink.credit.RecomputationQueueView;

/**
 * {@code /actuator/health} component {@code creditRecomputations}: queued and running changes and
 * the newest finished run, i.e. whether scores have caught up. Always UP: scores that lag behind
 * or a failed run leave the service usable (scores are as of the last run).
 */
@Component("creditRecomputationsHealthIndicator")
class RecomputationQueueHealth implements HealthIndicator {

    private final RecomputationQueue queue;

    RecomputationQueueHealth(RecomputationQueue queue) {
        this.queue = queue;
    }

    @Override
    public Health health() {
        RecomputationQueueView view = queue.view(5);
        Health.Builder b = Health.up().withDetail("pending", view.pending()).withDetail("running", view.running())
                .withDetail("caughtUp", view.pending() == 0 && view.running() == 0);
        view.runs().stream().filter(r -> r.finishedAt() != null).findFirst().ifPresent(last -> {
            b.withDetail("lastState", last.state()).withDetail("lastFinishedAt", last.finishedAt().toString())
                    .withDetail("lastTriggers", last.triggers().size());
            if (last.result() != null) {
                b.withDetail("lastTookMs", last.result().tookMs());
            }
        });
        return b.build();
    }
}
