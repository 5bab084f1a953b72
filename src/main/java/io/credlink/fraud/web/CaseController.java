package io.credlink.fraud.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.fraud.AssignmentRequest;
import io.credlink.fraud.CaseItemKind;
import io.credlink.fraud.CaseItemRequest;
import io.credlink.fraud.CaseLinkRequest;
import io.credlink.fraud.CaseRequest;
import io.credlink.fraud.CaseStatus;
import io.credlink.fraud.CaseView;
import io.credlink.fraud.ClosureRequest;
import io.credlink.fraud.FraudPage;
import io.credlink.fraud.FraudService;
import io.credlink.fraud.NoteRequest;
import io.credlink.fraud.SanctionProposalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Investigation cases opened from alerts and rings, and the alerts, rings, claims and parties
 * attached later (and removed again when attached by mistake).
 */
@RestController
@RequestMapping("/api/v1/fraud/cases")
class CaseController {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final FraudService fraud;

    CaseController(FraudService fraud) {
        this.fraud = fraud;
    }

    @Operation(summary = "Open a case on alerts", description = "A ring is its RING alert; 404 for an unknown alert.")
    @PostMapping
    ResponseEntity<CaseView> open(@Valid @RequestBody CaseRequest request, CurrentUser user) {
        CaseView view = fraud.openCase(request, user.name());
        return ResponseEntity.created(URI.create("/api/v1/fraud/cases/" + view.id())).body(view);
    }

    @GetMapping
    FraudPage<CaseView> list(@RequestParam(required = false) CaseStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return fraud.cases(status, page, size);
    }

    @GetMapping("/{id}")
    CaseView find(@PathVariable String id) {
        return fraud.findCase(id);
    }

    @Operation(summary = "Assign a case", description = "409 when the case is closed.")
    @PostMapping("/{id}/assignment")
    CaseView assign(@PathVariable String id, @Valid @RequestBody AssignmentRequest request, CurrentUser user) {
        return fraud.assign(id, request, user.name());
    }

    @Operation(summary = "Add a note", description = "409 when the case is closed.")
    @PostMapping("/{id}/notes")
    CaseView note(@PathVariable String id, @Valid @RequestBody NoteRequest request, CurrentUser user) {
        return fraud.addNote(id, request, user.name());
    }

    @Operation(summary = "Link a related case", description = "Once per pair, whatever the direction.")
    @PostMapping("/{id}/links")
    CaseView link(@PathVariable String id, @Valid @RequestBody CaseLinkRequest request, CurrentUser user) {
        return fraud.link(id, request, user.name());
    }

    @Operation(summary = "Attach an alert, ring, claim or party", description = "As the investigation goes: "
            + "kind ALERT (any alert), RING (a RING alert), CLAIM or PARTY (an entity of the graph), and its id. "
            + "Attaching the same item again changes nothing. Closing as CONFIRMED_FRAUD marks the attached "
            + "claims FRAUD and names the attached parties in FraudConfirmed, like those the alerts name. "
            + "404 for an unknown case or when nothing of that kind has the id; 409 when the case is closed.")
    @ApiResponse(responseCode = "200", description = "The case with the item attached")
    @ApiResponse(responseCode = "404", description = "Unknown case, or no such alert, ring, claim or party",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "409", description = "The case is closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @PostMapping("/{id}/items")
    CaseView attach(@PathVariable String id, @Valid @RequestBody CaseItemRequest request, CurrentUser user) {
        return fraud.attach(id, request, user.name());
    }

    // the kind is a query parameter, not a path segment: the audit trail records path variables as
    // the ids a call names, and ALERT or PARTY is none
    @Operation(summary = "Remove an attached alert, ring, claim or party", description = "Takes back what was "
            + "attached after opening: kind ALERT, RING, CLAIM or PARTY, as it was attached, and the item's id in "
            + "the path. The case's notes record who removed what and when (and who had attached it). Closing as "
            + "CONFIRMED_FRAUD then neither marks a removed claim FRAUD nor names a removed party, unless an alert "
            + "of the case names it. What the case was opened on stays: 409 of type case-origin. 404 for an "
            + "unknown case, 404 of type case-item-not-found when the item is not attached to the case as that "
            + "kind; 409 when the case is closed.")
    @ApiResponse(responseCode = "200", description = "The case without the item, its removal in the notes")
    @ApiResponse(responseCode = "404", description = "Unknown case, or the item is not attached to it as that kind",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "409", description = "The case is closed (case-closed), or the item is an alert "
            + "or ring the case was opened on (case-origin)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @DeleteMapping("/{id}/items/{itemId}")
    CaseView detach(@PathVariable String id,
            @Parameter(description = "The attached alert's, ring's, claim's or party's id") @PathVariable String itemId,
            @Parameter(description = "What the item was attached as") @RequestParam CaseItemKind kind,
            CurrentUser user) {
        return fraud.detach(id, kind, itemId, user.name());
    }

    @Operation(summary = "Close a case", description = "CONFIRMED_FRAUD marks the case's claims (named by its alerts "
            + "or attached) FRAUD (the next "
            + "scan's network scores start from them) and may propose a sanction to a regulator; DISMISSED "
            + "suppresses the case's alerts on later scans. 409 when already closed.")
    @PostMapping("/{id}/closure")
    CaseView close(@PathVariable String id, @Valid @RequestBody ClosureRequest request, CurrentUser user) {
        return fraud.close(id, request, user.name());
    }

    @Operation(summary = "The sanction a confirmed case proposes", description = "With its what-if impact "
            + "(nothing is recorded; a regulator records it with POST /api/v1/sanctions).")
    @GetMapping("/{id}/sanction-proposal")
    SanctionProposalView sanctionProposal(@PathVariable String id) {
        return fraud.sanctionProposal(id);
    }
}
