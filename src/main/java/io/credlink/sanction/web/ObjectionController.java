package io.credlink.sanction.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.sanction.ObjectionRequest;
import io.credlink.sanction.ObjectionResolutionRequest;
import io.credlink.sanction.ObjectionService;
import io.credlink.sanction.ObjectionStatus;
import io.credlink.sanction.ObjectionView;
import io.credlink.sanction.PageView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Due process: a subject's objections to sanctions and records about it, and their resolution. */
@RestController
@Validated
@RequestMapping("/api/v1/objections")
class ObjectionController {

    private final ObjectionService objections;

    ObjectionController(ObjectionService objections) {
        this.objections = objections;
    }

    @Operation(summary = "Object to a sanction or credit record about yourself (SUBJECT)", description = "The "
            + "item is marked disputed until a regulator resolves the objection; measures derived from a disputed "
            + "sanction say disputed: true. 403 when the item is about another party, 409 when an objection to it "
            + "is already open.")
    @PostMapping
    ResponseEntity<ObjectionView> file(@Valid @RequestBody ObjectionRequest request, CurrentUser user) {
        ObjectionView view = objections.file(request, user);
        return ResponseEntity.created(URI.create("/api/v1/objections/" + view.id())).body(view);
    }

    @Operation(summary = "Resolve an objection", description = "UPHELD withdraws the sanction or record (kept, "
            + "with who, when and why); REJECTED leaves it standing, no longer disputed.")
    @PostMapping("/{id}/resolution")
    ObjectionView resolve(@PathVariable String id, @Valid @RequestBody ObjectionResolutionRequest request,
            CurrentUser user) {
        return objections.resolve(id, request, user.name());
    }

    @Operation(summary = "One objection", description = "A subject sees only its own.")
    @GetMapping("/{id}")
    ObjectionView find(@PathVariable String id, CurrentUser user) {
        return objections.find(id, user);
    }

    @Operation(summary = "Objections, newest first", description = "Optionally of one status (OPEN, UPHELD, "
            + "REJECTED). A subject sees only its own.")
    @GetMapping
    PageView<ObjectionView> list(@RequestParam(required = false) ObjectionStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size, CurrentUser user) {
        return objections.list(status, page, size, user);
    }
}
