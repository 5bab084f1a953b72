package io.credlink.resolution.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.AuditEvent;
import io.credlink.access.AuditTrail;
import io.credlink.access.CurrentUser;
import io.credlink.resolution.DecisionPage;
import io.credlink.resolution.DecisionRequest;
import io.credlink.resolution.DecisionView;
import io.credlink.resolution.MatchesView;
import io.credlink.resolution.ResolutionService;
import io.credlink.resolution.ResolvedView;
import io.credlink.resolution.ReviewPage;
import io.credlink.resolution.RunView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/** Entity resolution (API.md "Entity resolution"; docs/resolution.md). */
@RestController
class ResolutionController {

    private final ResolutionService resolution;
    private final AuditTrail audit;

    ResolutionController(ResolutionService resolution, AuditTrail audit) {
        this.resolution = resolution;
        this.audit = audit;
    }

    @Operation(summary = "A party's candidate matches", description = "Every candidate scored at or above the "
            + "review threshold, or decided by a person, best first: its match probability, decision (MATCH, "
            + "POSSIBLE, CONFIRMED, REJECTED) and evidence (per field its comparison level and weight in bits; "
            + "the prior's and the fields' weights add up to the score's logit).")
    @GetMapping("/api/v1/entities/{id}/matches")
    MatchesView matches(@PathVariable String id) {
        return resolution.matches(id);
    }

    @Operation(summary = "A resolved entity", description = "Its members (with the insurers each is known to) "
            + "and the links among them.")
    @GetMapping("/api/v1/resolved/{resolvedId}")
    ResolvedView resolved(@PathVariable String resolvedId) {
        return resolution.resolved(resolvedId);
    }

    @Operation(summary = "The review queue", description = "POSSIBLE pairs, highest score first; page from 0, "
            + "size 1..200.")
    @GetMapping("/api/v1/resolution/reviews")
    ReviewPage reviews(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return resolution.reviews(page, size);
    }

    @Operation(summary = "Decide whether two parties are the same", description = "SAME or DIFFERENT with a "
            + "reason; kept across every later run (a DIFFERENT pair is never resolved together again, directly "
            + "or through others) and replaced by a later decision on the pair. 404 for an unknown party, 409 "
            + "for a SAME that earlier DIFFERENT decisions forbid.")
    @PostMapping("/api/v1/resolution/decisions")
    ResponseEntity<DecisionView> decide(@Valid @RequestBody DecisionRequest request, CurrentUser user) {
        DecisionView view = resolution.decide(request, user.name());
        // the access filter audits entityId; the other party of the decision is named too
        audit.record(new AuditEvent("resolution-decision", request.otherId()));
        return ResponseEntity.created(URI.create("/api/v1/entities/" + view.entityId() + "/matches")).body(view);
    }

    @Operation(summary = "Decisions taken on a party's pairs", description = "The history of person decisions "
            + "(SAME or DIFFERENT, reason, who and when) on pairs with this party, or every decision without "
            + "entityId, latest first; superseded = a later decision on the pair replaced it. Page from 0, size "
            + "1..200; 404 for an unknown party.")
    @GetMapping("/api/v1/resolution/decisions")
    DecisionPage decisions(@RequestParam(required = false) String entityId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return resolution.decisions(entityId, page, size);
    }

    @Operation(summary = "Run resolution over every party", description = "Standardises, blocks, estimates the "
            + "model (EM), scores, clusters and writes back what changed.")
    @PostMapping("/api/v1/resolution/runs")
    ResponseEntity<RunView> run() {
        return ResponseEntity.status(HttpStatus.OK).body(resolution.run());
    }
}
