package io.credlink.credit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.credit.GradesChanged;
import io.credlink.graph.CypherCatalog;

/**
 * Announces the grade changes the stored scores hold ({@link GradesChanged}), from the graph: the
 * score write marks a party whose grade differs from the one last announced, in the score's own
 * transaction, and an announcement takes marked parties and stores its event's publication in one
 * transaction. So a crash between a recomputation's writes and its announcement loses nothing: the
 * marks wait for the next recomputation, or for the next start.
 */
@Component
class GradeAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(GradeAnnouncements.class);
    /** Parties per event: each stored publication stays small. */
    static final int CHANGES_PER_EVENT = 2_000;

    private final Neo4jClient client;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final String take;

    GradeAnnouncements(Neo4jClient client, CypherCatalog catalog, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.client = client;
        this.events = events;
        this.transactions = transactions;
        this.take = catalog.get("credit/takeUnannouncedGrades");
    }

    /** Announces every marked change, one event per score day and batch; returns the changes announced. */
    int announce() {
        int announced = 0;
        while (true) {
            Integer[] batch = new Integer[2];
            transactions.executeWithoutResult(status -> {
                Map<String, Object> row = client.query(take).bind(CHANGES_PER_EVENT).to("limit").fetch().one()
                        .orElseThrow();
                batch[0] = ((Number) row.get("taken")).intValue();
                Map<LocalDate, List<GradesChanged.Change>> byDay = new TreeMap<>();
                for (Object o : (List<?>) row.get("changes")) {
                    Map<?, ?> c = (Map<?, ?>) o;
                    byDay.computeIfAbsent(day(c.get("asOf")), d -> new ArrayList<>()).add(new GradesChanged.Change(
                            (String) c.get("entityId"), (String) c.get("oldGrade"), (String) c.get("newGrade")));
                }
                byDay.forEach((day, changes) -> events.publishEvent(new GradesChanged(day, List.copyOf(changes))));
                batch[1] = byDay.values().stream().mapToInt(List::size).sum();
            });
            announced += batch[1];
            if (batch[0] < CHANGES_PER_EVENT) {
                return announced;
            }
        }
    }

    /** What a stopped process left marked is announced once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            int n = announce();
            if (n > 0) {
                log.info("{} grade changes stored before the last stop are announced now", n);
            }
        } catch (RuntimeException e) {
            log.warn("grade changes could not be announced at start; the next recomputation announces them", e);
        }
    }

    private static LocalDate day(Object asOf) {
        if (asOf instanceof LocalDate d) {
            return d;
        }
        if (asOf instanceof Value v && !v.isNull()) {
            return v.asLocalDate();
        }
        return LocalDate.now();
    }
}
