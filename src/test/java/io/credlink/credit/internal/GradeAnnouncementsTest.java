package io.credlink.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import io.credlink.CredLinkTest;
import io.credlink.credit.GradesChanged;
import io.credlink.graph.CypherCatalog;

/**
 * Grade changes are announced from what the score writes stored, so a process killed between a
 * recomputation's writes and its announcement loses none: the next announcement (a recomputation's
 * end, or the start) tells it, once.
 */
@CredLinkTest
class GradeAnnouncementsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalog catalog;

    @Autowired
    GradeAnnouncements announcements;

    @Autowired
    ApplicationEventMulticaster multicaster;

    /**
     * Every announcement, from whichever thread: a recomputation another test left running may
     * announce these marks itself, and a thread-bound recorder would miss its event.
     */
    final List<GradesChanged> events = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> recorder = e -> {
        if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof GradesChanged g) {
            events.add(g);
        }
    };

    @BeforeEach
    void record() {
        multicaster.addApplicationListener(recorder);
    }

    @AfterEach
    void clean() {
        multicaster.removeApplicationListener(recorder);
        driver.executableQuery("MATCH (s) WHERE (s:CreditScore OR s:CreditScoreSnapshot) AND s.entityId STARTS WITH 'GA-' "
                + "DETACH DELETE s").execute();
    }

    /** A score write as a recomputation's batch makes it, committed on its own. */
    void write(String id, String grade) {
        Map<String, Object> row = new HashMap<>();
        row.put("entityId", id);
        row.put("entityType", "Consumer");
        row.put("score", 600);
        row.put("grade", grade);
        row.put("base", 600);
        row.put("factors", "[]");
        row.put("asOf", DAY);
        row.put("computedAt", OffsetDateTime.now());
        row.put("blacklisted", false);
        row.put("hasRecords", false);
        row.put("network", 0);
        row.put("networkJson", "{}");
        row.put("exposure", 0.0);
        row.put("exposures", null);
        row.put("restricted", false);
        row.put("changed", true);
        driver.executableQuery(catalog.get("credit/writeScores")).withParameters(Map.of("rows", List.of(row))).execute();
    }

    List<GradesChanged.Change> announced() {
        return events.stream().flatMap(e -> e.changes().stream())
                .filter(c -> c.entityId().startsWith("GA-")).toList();
    }

    @Test
    void aStoredGradeChangeIsAnnouncedOnceThoughItsRecomputationDiedBeforeAnnouncingIt() {
        write("GA-1", "B");
        write("GA-2", "C");
        announcements.announce();
        assertThat(announced()).as("a first score has no change to tell").isEmpty();

        write("GA-1", "D"); // the recomputation is killed here: its announcement never runs
        write("GA-2", "C");
        announcements.atStart(); // what the next start does
        assertThat(announced()).containsExactly(new GradesChanged.Change("GA-1", "B", "D"));
        assertThat(events.stream().filter(e -> e.changes().stream()
                .anyMatch(c -> c.entityId().equals("GA-1"))).map(GradesChanged::asOf)).containsExactly(DAY);

        announcements.announce();
        assertThat(announced()).as("announced once").hasSize(1);

        write("GA-1", "B"); // changed twice before an announcement, back to another grade
        write("GA-1", "A");
        write("GA-2", "B");
        write("GA-2", "C"); // back to the grade last announced: nothing to tell
        announcements.announce();
        assertThat(announced()).containsExactly(new GradesChanged.Change("GA-1", "B", "D"),
                new GradesChanged.Change("GA-1", "D", "A"));
        assertThat(driver.executableQuery("MATCH (s:GradeUnannounced) WHERE s.entityId STARTS WITH 'GA-' RETURN count(s) AS n")
                .execute().records().get(0).get("n").asLong()).isZero();
    }
}
