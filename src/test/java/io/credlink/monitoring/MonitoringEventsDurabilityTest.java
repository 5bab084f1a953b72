package io.credlink.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.CredLinkTest;
import io.credlink.GraphFixtures;
import io.credlink.access.AccessFixtures;
import io.credlink.access.AccessFixtures.Reply;
import io.credlink.access.PrivacyFixture;
import io.credlink.credit.GradesChanged;
import io.credlink.fraud.FraudScanCompleted;
import tools.jackson.databind.JsonNode;

/**
 * Every event monitoring hears is durable: its publication is stored in the publishing
 * transaction, and one whose listener never ran (what a process killed after the publisher's
 * commit leaves behind) is heard when the registry resubmits it, as a start does.
 */
@CredLinkTest
class MonitoringEventsDurabilityTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Neo4jClient client;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    IncompleteEventPublications incomplete;

    AccessFixtures http;

    @BeforeEach
    void setUp() {
        http = new AccessFixtures(port);
        PrivacyFixture.create(driver, http);
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n) WHERE n:Watchlist OR n:WatchMember OR n:Subscription OR n:Notification "
                + "OR n:OutboxEntry OR n:FraudAlert DETACH DELETE n").execute();
        GraphFixtures.deleteDomainData(driver);
    }

    String watch(String... ids) {
        Reply r = http.postJsonAsAdmin("/api/v1/watchlists", "{\"name\": \"durable\", \"entityIds\": [\""
                + String.join("\", \"", ids) + "\"]}");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    JsonNode inbox(String listId) {
        return http.asAdmin("GET", "/api/v1/notifications?watchlistId=" + listId).json();
    }

    /** The monitoring listener's id for this event, as the registry stores it (the publication is rolled back). */
    String listenerOf(Object event) {
        return transactions.execute(status -> {
            events.publishEvent(event);
            status.setRollbackOnly();
            return client.query("MATCH (e:EventPublication) WHERE e.eventType = $type "
                    + "AND e.listenerId CONTAINS 'MonitoringEvents' RETURN e.listenerId AS id")
                    .bind(event.getClass().getName()).to("type")
                    .fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).one().orElseThrow();
        });
    }

    /** What a process killed after the publisher's commit and before the listener ran leaves: a stored, incomplete publication. */
    void leaveIncomplete(Object event) {
        String listener = listenerOf(event);
        transactions.executeWithoutResult(status -> publications.create(
                TargetEventPublication.of(event, PublicationTargetIdentifier.of(listener))));
    }

    long waiting(Class<?> type) {
        return driver.executableQuery("MATCH (e:EventPublication {eventType: $type}) WHERE e.listenerId CONTAINS "
                + "'MonitoringEvents' RETURN count(e) AS n").withParameters(Map.of("type", type.getName())).execute()
                .records().get(0).get("n").asLong();
    }

    @Test
    void gradeChangesLeftUnheardByACrashAreNotifiedWhenResubmitted() {
        String list = watch("CON-PV1");
        GradesChanged lost = new GradesChanged(LocalDate.now(), List.of(new GradesChanged.Change("CON-PV1", "B", "D")));
        leaveIncomplete(lost);
        assertThat(waiting(GradesChanged.class)).isEqualTo(1);
        assertThat(inbox(list).get("total").asLong()).as("nothing heard before the resubmission").isZero();

        incomplete.resubmitIncompletePublications(p -> p.getEvent().equals(lost)); // what a start does

        JsonNode after = MonitoringHttpTest.eventually(() -> inbox(list), n -> n.get("total").asLong() > 0);
        assertThat(after.get("total").asLong()).isEqualTo(1);
        JsonNode n = after.get("items").get(0);
        assertThat(n.get("kind").asString()).isEqualTo("GRADE_CHANGED");
        assertThat(n.get("entityId").asString()).isEqualTo("CON-PV1");
        assertThat(n.get("summary").asString()).contains("credit grade B -> D");
        assertThat(MonitoringHttpTest.eventually(() -> waiting(GradesChanged.class), c -> c == 0))
                .as("the publication completes once heard").isZero();
    }

    @Test
    void aFraudScanLeftUnheardByACrashRaisesItsAlertsWhenResubmitted() {
        String list = watch("PRC-PV1");
        driver.executableQuery("""
                CREATE (:FraudAlert {id: 'SCAN-DUR-A0', kind: 'SHARED_IDENTIFIER', score: 0.9, entityIds: ['PRC-PV1'],
                                     scanId: 'SCAN-DUR', firstScanId: 'SCAN-DUR', suppressed: false})
                """).execute();
        FraudScanCompleted lost = new FraudScanCompleted("SCAN-DUR", Map.of(), 0, OffsetDateTime.now());
        leaveIncomplete(lost);
        assertThat(waiting(FraudScanCompleted.class)).isEqualTo(1);

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof FraudScanCompleted f
                && f.scanId().equals("SCAN-DUR"));

        JsonNode after = MonitoringHttpTest.eventually(() -> inbox(list), n -> n.get("total").asLong() > 0);
        assertThat(after.get("total").asLong()).isEqualTo(1);
        assertThat(after.get("items").get(0).get("kind").asString()).isEqualTo("ALERT_RAISED");
        assertThat(after.get("items").get(0).get("summary").asString()).contains("SCAN-DUR-A0");
        assertThat(MonitoringHttpTest.eventually(() -> waiting(FraudScanCompleted.class), c -> c == 0)).isZero();
    }

    @Test
    void eventsMonitoringHearsCannotBePublishedOutsideATransaction() {
        // the store refuses them: an after-commit listener would never run and the publication wait forever
        assertThatThrownBy(() -> events.publishEvent(new GradesChanged(LocalDate.now(), List.of())))
                .hasStackTraceContaining("published outside a transaction");
        assertThatThrownBy(() -> events.publishEvent(new FraudScanCompleted("SCAN-NONE", Map.of(), 0,
                OffsetDateTime.now()))).hasStackTraceContaining("published outside a transaction");
    }
}
