package io.credlink.sanction.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.credlink.sanction.BlackListEntry;
import io.credlink.sanction.PageView;
import io.credlink.sanction.RedListEntry;
import io.credlink.sanction.SanctionService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The black and red lists: paged JSON, or the whole list as CSV (RFC 4180, UTF-8, header row) for
 * publication. Personal id numbers are never part of either.
 */
@RestController
@RequestMapping("/api/v1/lists")
class ListController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final SanctionService sanctions;

    ListController(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @Operation(summary = "Black list", description = "Parties with a blacklisting sanction in force on asOf "
            + "(default today), not withdrawn. A resolved entity is one party: each member is a row, with the "
            + "entity's sanction and the member it is against (sanctionedId).")
    @GetMapping(path = "/black", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<BlackListEntry> black(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return sanctions.blackList(day(asOf), page, size);
    }

    @Operation(summary = "Black list as CSV", description = "The whole list on asOf, for publication.")
    @GetMapping(path = "/black", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> blackCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        List<BlackListEntry> items = sanctions.blackList(day, 0, 0).items();
        return csv("black-list-" + day + ".csv", out -> {
            try (CSVPrinter csv = printer(out, "party_id", "name", "type", "license_no", "sanction_id", "authority",
                    "kind", "severity", "reason", "decided_on", "effective_from", "effective_to", "disputed", "sanctioned_id",
                    "resolved_id")) {
                for (BlackListEntry e : items) {
                    csv.printRecord(e.partyId(), e.name(), e.type(), e.licenseNo(), e.sanctionId(), e.authority(),
                            e.kind(), e.severity(), e.reason(), e.decidedOn(), e.effectiveFrom(), e.effectiveTo(),
                            e.disputed(), e.sanctionedId(), e.resolvedId());
                }
            }
        });
    }

    @Operation(summary = "Red list", description = "Parties with a RED_LIST or AWARD record inside the window "
            + "(credlink.sanctions.red-list-window, default 3 years) before asOf and no blacklisting sanction in force. "
            + "A resolved entity is one party: each member is a row, with the record and the member it is about "
            + "(recordSubjectId), and no member is listed when one is blacklisted.")
    @GetMapping(path = "/red", produces = MediaType.APPLICATION_JSON_VALUE)
    PageView<RedListEntry> red(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return sanctions.redList(day(asOf), page, size);
    }

    @Operation(summary = "Red list as CSV", description = "The whole list on asOf, for publication.")
    @GetMapping(path = "/red", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> redCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        List<RedListEntry> items = sanctions.redList(day, 0, 0).items();
        return csv("red-list-" + day + ".csv", out -> {
            try (CSVPrinter csv = printer(out, "party_id", "name", "type", "license_no", "record_id", "record_kind",
                    "date", "severity", "detail", "record_subject_id", "resolved_id")) {
                for (RedListEntry e : items) {
                    csv.printRecord(e.partyId(), e.name(), e.type(), e.licenseNo(), e.recordId(), e.recordKind(),
                            e.date(), e.severity(), e.detail(), e.recordSubjectId(), e.resolvedId());
                }
            }
        });
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    private static CSVPrinter printer(java.io.OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static ResponseEntity<StreamingResponseBody> csv(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(CSV)
                .body(body);
    }
}
