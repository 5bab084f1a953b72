package io.credlink.monitoring.web;

import java.time.OffsetDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.monitoring.MonitoringService;
import io.credlink.monitoring.NotificationPage;
import io.credlink.monitoring.NotificationReadRequest;
import io.credlink.monitoring.NotificationReadView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The inbox: notifications about the caller's watch lists, how their deliveries stand, and which are read. */
@RestController
@Validated
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final MonitoringService monitoring;

    NotificationController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Operation(summary = "Notifications about the caller's watch lists, newest first", description = "Optionally "
            + "of one list (404 for another owner's) and since an ISO-8601 date-time. delivery.status is NONE "
            + "without a matching subscription, else PENDING, FAILED or DELIVERED (the least advanced).")
    @GetMapping
    NotificationPage list(@RequestParam(required = false) String watchlistId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime since,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, CurrentUser user) {
        return monitoring.notifications(watchlistId, since, page, size, user);
    }

    @Operation(summary = "Mark notifications of the caller's inbox read", description = "By id (1 to 500). The inbox "
            + "is the owner's (an insurer's organisation's), so a notification one user marked read is read for its "
            + "colleagues; the first reading stays (readAt, readBy in the inbox). Ids that are not notifications of "
            + "the caller's inbox are passed over: ids answers the ones that are, unread how many remain unread.")
    @PostMapping("/read")
    NotificationReadView read(@Valid @RequestBody NotificationReadRequest request, CurrentUser user) {
        return monitoring.markRead(request, user);
    }
}
