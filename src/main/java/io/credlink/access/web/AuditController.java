package io.credlink.access.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.AuditPage;
import io.credlink.access.AuditQuery;
import io.credlink.access.AuditTrail;
import io.credlink.access.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The audit trail for REGULATOR and ADMIN (endpoint policy); read-only: it has no other method. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Who looked at what (REGULATOR, ADMIN)")
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first",
            description = "Filters are optional and combine: entityId (who looked at this person), actor (a user "
                    + "name), from (inclusive) and to (exclusive) as ISO dates (yyyy-MM-dd, UTC days; to = that "
                    + "day included) or instants (2025-01-31T12:00:00Z). page from 0, size 1..1000.")
    AuditPage list(@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw InvalidInput.of("to", "must be after from");
        }
        return audit.search(new AuditQuery(blankToNull(entityId), blankToNull(actor), start, end, page, size));
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be an ISO date (yyyy-MM-dd) or instant (yyyy-MM-ddTHH:mm:ssZ)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
