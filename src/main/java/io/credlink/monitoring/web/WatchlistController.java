package io.credlink.monitoring.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.monitoring.MonitoringService;
import io.credlink.monitoring.WatchlistMembersRequest;
import io.credlink.monitoring.WatchlistPage;
import io.credlink.monitoring.WatchlistRequest;
import io.credlink.monitoring.WatchlistView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Watch lists of the signed-in user (an insurer's belong to its organisation). */
@RestController
@Validated
@RequestMapping("/api/v1/watchlists")
class WatchlistController {

    private final MonitoringService monitoring;

    WatchlistController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Operation(summary = "Create a watch list", description = "Members are existing party ids (404 names the "
            + "unknown ones). The owner is the caller's organisation for an INSURER, else the caller.")
    @PostMapping
    ResponseEntity<WatchlistView> create(@Valid @RequestBody WatchlistRequest request, CurrentUser user) {
        WatchlistView view = monitoring.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/watchlists/" + view.id())).body(view);
    }

    @Operation(summary = "The caller's watch lists, newest first")
    @GetMapping
    WatchlistPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, CurrentUser user) {
        return monitoring.list(page, size, user);
    }

    @Operation(summary = "One watch list with its members", description = "404 for another owner's list.")
    @GetMapping("/{id}")
    WatchlistView find(@PathVariable String id, CurrentUser user) {
        return monitoring.find(id, user);
    }

    @Operation(summary = "Delete a watch list", description = "With its subscriptions, notifications and "
            + "pending deliveries.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, CurrentUser user) {
        monitoring.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add parties to a watch list", description = "Ids already on the list stay once; "
            + "404 names unknown ids.")
    @PostMapping("/{id}/entities")
    WatchlistView add(@PathVariable String id, @Valid @RequestBody WatchlistMembersRequest request,
            CurrentUser user) {
        return monitoring.addMembers(id, request, user);
    }

    @Operation(summary = "Add parties to a watch list from CSV", description = "Content-Type text/csv: one party id "
            + "per line in the first column, an optional header (entity_id, entityId or id); at most 10,000 ids.")
    @PostMapping(path = "/{id}/entities", consumes = "text/csv")
    WatchlistView addCsv(@PathVariable String id, @RequestBody String csv, CurrentUser user) {
        return monitoring.addMembers(id, new WatchlistMembersRequest(MemberCsv.ids(csv)), user);
    }

    @Operation(summary = "Remove a party from a watch list", description = "404 when it is not on the list.")
    @DeleteMapping("/{id}/entities/{entityId}")
    WatchlistView remove(@PathVariable String id, @PathVariable String entityId, CurrentUser user) {
        return monitoring.removeMember(id, entityId, user);
    }
}
