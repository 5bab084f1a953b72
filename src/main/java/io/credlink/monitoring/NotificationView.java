package io.credlink.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A notification about one party of one watch list ({@code entityId}): the changes of one burst
 * ({@code kinds}, in order; {@code kind} is the first), the parties they are about
 * ({@code subjectIds}: the watched party, or other members of its resolved entity), and how its
 * webhook deliveries stand. {@code summary} says the changes in English; {@code changes} holds each
 * of them as data (a code and the values it is made of), so that a client can word it in its
 * reader's language. {@code readAt} and {@code readBy} say when and by whom of the owner it was
 * first marked read (null while unread): an insurer's users share their organisation's inbox.
 */
public record NotificationView(String id, NotificationKind kind, List<NotificationKind> kinds, OffsetDateTime at,
        String entityId, List<String> subjectIds, String watchlistId, String summary, Delivery delivery,
        @Schema(description = "The changes summary is made of, in order, as data (empty for notifications stored "
                + "before changes existed)") List<Change> changes,
        @Schema(description = "When it was first marked read; null while unread") OffsetDateTime readAt,
        @Schema(description = "Who marked it read first (a user of the owner); null while unread") String readBy) {

    /**
     * Delivery over the list's matching subscriptions: NONE without one, else the least advanced
     * status (PENDING before FAILED before DELIVERED), the attempts made and the last error.
     */
    public record Delivery(String status, long attempts, String lastError) {
    }

    /**
     * One change of the burst.
     *
     * @param kind        what happened
     * @param subjectId   the party it is about: the watched party, or another member of its resolved entity
     * @param summaryCode what its part of {@code summary} says, as a stable code ({@code monitoring.*})
     * @param summaryArgs the values that part is made of (ids, enum names, ISO dates)
     */
    public record Change(NotificationKind kind, String subjectId,
            @Schema(description = "monitoring.sanctionRecorded, monitoring.blacklisted, monitoring.restricted, "
                    + "monitoring.gradeChanged, monitoring.alertRaised or monitoring.objectionResolved",
                    example = "monitoring.restricted") String summaryCode,
            @Schema(description = "The values of the change by name, e.g. sanctionId, sanctionedId, measure, rule, "
                    + "oldGrade, newGrade, asOf, alertId, alertKind, objectionId, itemType, itemId, outcome",
                    example = "{\"measure\":\"REVIEW\",\"rule\":\"R4\",\"sanctionId\":\"SAN00000009\","
                            + "\"sanctionedId\":\"CON000000518\"}") Map<String, Object> summaryArgs) {
    }
}
