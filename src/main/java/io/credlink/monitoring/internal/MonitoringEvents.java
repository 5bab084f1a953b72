package io.credlink.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.credlink.graph.SentenceValues;
import io.credlink.credit.GradesChanged;
import io.credlink.fraud.FraudScanCompleted;
import io.credlink.monitoring.MonitoringProperties;
import io.credlink.monitoring.NotificationKind;
import io.credlink.monitoring.internal.MonitoringStore.Change;
import io.credlink.sanction.ObjectionResolved;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.SanctionRecorded;
import io.credlink.sanction.SanctionService;

/**
 * Turns the domain modules' events into notifications. Every event is heard after the commit of
 * the transaction that published it, on another thread ({@code @ApplicationModuleListener}); its
 * publication was stored in that transaction, so one whose listener did not finish (a crash, a
 * failure of the graph) is heard again at the next start. Each becomes changes about parties,
 * matched against the memberships of those parties and their resolved entities only, and stored
 * with their outbox entries in one transaction; the dispatcher is then asked to deliver them when
 * their window closes. A failure never fails the change that raised the event.
 */
@Component
class MonitoringEvents {

    private static final Logger log = LoggerFactory.getLogger(MonitoringEvents.class);
    /** Changes per transaction (a first scan can name many parties). */
    private static final int BATCH = 5_000;

    private final MonitoringStore store;
    private final SanctionService sanctions;
    private final MonitoringProperties properties;
    private final WebhookDispatcher dispatcher;

    MonitoringEvents(MonitoringStore store, SanctionService sanctions, MonitoringProperties properties,
            WebhookDispatcher dispatcher) {
        this.store = store;
        this.sanctions = sanctions;
        this.properties = properties;
        this.dispatcher = dispatcher;
    }

    /**
     * After the sanction's commit, on another thread, in a transaction of its own: its propagation
     * sees the stored sanction, and the event's stored publication makes a crash before the
     * notification is written deliver it again at the next start.
     */
    @ApplicationModuleListener
    void on(SanctionRecorded event) {
        List<Change> changes = new ArrayList<>();
        if (event.blacklist()) {
            changes.add(new Change(event.subjectId(), NotificationKind.BLACKLISTED,
                    "blacklisted by sanction " + event.sanctionId(), "monitoring.blacklisted",
                    Map.of("sanctionId", event.sanctionId())));
        }
        changes.add(new Change(event.subjectId(), NotificationKind.SANCTION_RECORDED,
                "sanction " + event.sanctionId() + " recorded against " + event.subjectId(), "monitoring.sanctionRecorded",
                SentenceValues.of("sanctionId", event.sanctionId(), "sanctionedId", event.subjectId())));
        try {
            // the measures the new sanction sets off today, as the sanction module's rules define them
            PropagationView propagation = sanctions.propagation(event.sanctionId(), LocalDate.now());
            for (PropagationView.Affected a : propagation.affected()) {
                if (!a.entityId().equals(event.subjectId())) {
                    changes.add(new Change(a.entityId(), NotificationKind.RESTRICTED, a.measure() + " under rule "
                            + a.rule() + " from sanction " + event.sanctionId() + " against " + event.subjectId(),
                            "monitoring.restricted", SentenceValues.of("measure", a.measure(), "rule", a.rule(),
                                    "sanctionId", event.sanctionId(), "sanctionedId", event.subjectId())));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Restrictions of sanction {} not matched against watch lists: {}", event.sanctionId(),
                    e.toString());
        }
        record(changes, "sanction " + event.sanctionId());
    }

    @ApplicationModuleListener
    void on(ObjectionResolved event) {
        if (event.subjectId() == null) {
            return;
        }
        record(List.of(new Change(event.subjectId(), NotificationKind.OBJECTION_RESOLVED, "objection "
                + event.objectionId() + " to " + event.itemType() + " " + event.itemId() + " resolved: "
                + event.outcome(), "monitoring.objectionResolved", SentenceValues.of("objectionId", event.objectionId(),
                        "itemType", event.itemType(), "itemId", event.itemId(), "outcome", event.outcome().name()))),
                "objection " + event.objectionId());
    }

    @ApplicationModuleListener
    void on(GradesChanged event) {
        record(event.changes().stream().map(c -> new Change(c.entityId(), NotificationKind.GRADE_CHANGED,
                "credit grade " + c.oldGrade() + " -> " + c.newGrade() + " as of " + event.asOf(), "monitoring.gradeChanged",
                SentenceValues.of("oldGrade", c.oldGrade(), "newGrade", c.newGrade(), "asOf", event.asOf().toString()))).toList(),
                "grade changes as of " + event.asOf());
    }

    @ApplicationModuleListener
    void on(FraudScanCompleted event) {
        List<Change> changes = store.newAlerts(event.scanId()).stream()
                .map(a -> new Change(a.entityId(), NotificationKind.ALERT_RAISED,
                        "fraud alert " + a.alertId() + " (" + a.kind() + ") names " + a.entityId(), "monitoring.alertRaised",
                        SentenceValues.of("alertId", a.alertId(), "alertKind", a.kind(), "entityId", a.entityId())))
                .toList();
        record(changes, "scan " + event.scanId());
    }

    /**
     * Stores the changes in batches. A failure is logged and thrown on, so that the event's
     * publication stays incomplete and is heard again (a batch stored twice is merged by the
     * dedup window or sent twice: at least once).
     */
    private void record(List<Change> changes, String source) {
        try {
            for (int from = 0; from < changes.size(); from += BATCH) {
                MonitoringStore.Recorded recorded = store.recordChanges(
                        changes.subList(from, Math.min(changes.size(), from + BATCH)),
                        properties.dedupWindow().toMillis());
                recorded.firstDue().ifPresent(dispatcher::wakeAt);
            }
        } catch (RuntimeException e) {
            log.error("Notifications of {} not stored", source, e);
            throw e;
        }
    }
}
