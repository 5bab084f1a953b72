package io.credlink.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.credlink.credit.CounterpartyCheckRequest;
import io.credlink.credit.CreditService;
import io.credlink.registry.NetworkRequest;
import io.credlink.registry.RegistryService;
import io.credlink.sanction.SanctionService;
import io.credlink.web.DomainProblems;
import io.credlink.web.WarmUpProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the hot read paths (counterparty check, restrictions, entity look-up, 2-hop network, and
 * the JSON of their answers) for a bounded time once the application has started and before it
 * reports ready ({@code /actuator/health/readiness}): the JIT compiles them before users come, so
 * the first minutes after a start are not several times slower. The calls go to the modules'
 * services in-process, not through HTTP: nothing is answered to anybody, so nothing is audited or
 * disclosed, and nothing is written.
 */
@Component
@ConditionalOnWebApplication // commands (import, fingerprint) serve nobody: no warm-up to wait for
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final WarmUpProperties properties;
    private final CreditService credit;
    private final SanctionService sanctions;
    private final RegistryService registry;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private long failures;

    WarmUp(WarmUpProperties properties, CreditService credit, SanctionService sanctions, RegistryService registry,
            ApplicationEventPublisher events, ObjectProvider<JsonMapper> json) {
        this.properties = properties;
        this.credit = credit;
        this.sanctions = sanctions;
        this.registry = registry;
        this.events = events;
        this.json = json.getIfAvailable(() -> JsonMapper.builder().build());
    }

    /** Last among the start-up listeners; Boot reports ready only after all of them. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void warmUp() {
        long budget = properties.duration().toNanos();
        if (budget <= 0) {
            return;
        }
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        long start = System.nanoTime();
        long rounds = 0;
        try {
            List<String> ids = parties();
            while (System.nanoTime() - start < budget) {
                for (String id : ids) {
                    answer(() -> credit.check(new CounterpartyCheckRequest(List.of(id), null)));
                    answer(() -> sanctions.restrictions(id, LocalDate.now()));
                    answer(() -> registry.entity(id));
                    answer(() -> registry.network(new NetworkRequest(id, 2, null)));
                    rounds++;
                    if (System.nanoTime() - start >= budget) {
                        break;
                    }
                }
            }
        } finally {
            log.info("Warm-up: {} rounds of check, restrictions, entity and network in {} ms", rounds,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Calls that failed other than as a client's refusal would (WarmUpTest). */
    long failures() {
        return failures;
    }

    List<String> parties() {
        List<String> ids = new ArrayList<>();
        try {
            credit.scores(null, null, 0, properties.parties()).items().forEach(i -> ids.add(i.entityId()));
        } catch (RuntimeException e) {
            log.debug("Warm-up: no scored parties ({})", e.toString());
        }
        if (ids.isEmpty()) {
            ids.add("WARM-UP-NO-SUCH-PARTY"); // an empty store: the paths of an unknown id are still hot paths
        }
        return ids;
    }

    /**
     * One call and the JSON of its answer; a domain refusal (unknown id) is an answer too. A failure
     * is logged once: the path it stops would otherwise stay cold without anyone knowing.
     */
    private void answer(java.util.function.Supplier<Object> call) {
        try {
            json.writeValueAsBytes(call.get());
        } catch (RuntimeException e) {
            if (!DomainProblems.isRefusal(e) && failures++ == 0) {
                log.warn("Warm-up: a call failed, its path is not warmed", e);
            }
        }
    }
}
