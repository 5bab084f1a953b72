package io.credlink.sanction.web;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.sanction.MeasureFeedbackRequest;
import io.credlink.sanction.MeasureFeedbackService;
import io.credlink.sanction.MeasureFeedbackView;
import io.credlink.sanction.SanctionFeedbackView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/** Initiate, respond, feed back: organisations report the joint measures they applied. */
@RestController
class MeasureFeedbackController {

    private final MeasureFeedbackService feedback;

    MeasureFeedbackController(MeasureFeedbackService feedback) {
        this.feedback = feedback;
    }

    @Operation(summary = "Report a measure applied to a party", description = "By an INSURER for its own "
            + "organisation, or a REGULATOR/ADMIN for the organisation named in implementedBy. The measure must "
            + "apply to entityId because of sanctionId on date (as propagation says; BLACKLIST for the sanctioned "
            + "party itself), else 409 measure-not-applicable.")
    @PostMapping("/api/v1/measures/feedback")
    ResponseEntity<MeasureFeedbackView> record(@Valid @RequestBody MeasureFeedbackRequest request, CurrentUser user) {
        MeasureFeedbackView view = feedback.record(request, user);
        return ResponseEntity.created(URI.create("/api/v1/sanctions/" + view.sanctionId() + "/feedback")).body(view);
    }

    @Operation(summary = "Which measures of a sanction were applied, and by whom", description = "Every measure "
            + "in force on asOf (default today) and every measure with feedback.")
    @GetMapping("/api/v1/sanctions/{id}/feedback")
    SanctionFeedbackView list(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return feedback.feedback(id, asOf == null ? LocalDate.now() : asOf);
    }
}
