package io.credlink.credit.web;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.credlink.access.CurrentUser;
import io.credlink.credit.CreditService;
import io.credlink.credit.GradeSummaryView;
import io.credlink.credit.RecomputationQueueView;
import io.credlink.credit.RecomputationView;
import io.credlink.credit.ScoreHistoryView;
import io.credlink.credit.ScorePageView;
import io.credlink.credit.ScoreView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Credit scores (one, their history, the stored ones listed), the grade summary and recomputations. */
@RestController
class CreditController {

    private static final Logger log = LoggerFactory.getLogger(CreditController.class);

    private final CreditService credit;

    CreditController(CreditService credit) {
        this.credit = credit;
    }

    @Operation(summary = "Stored scores, lowest first", description = "The current stored score of every party "
            + "(optionally of one type and one grade), lowest score first, ties by id; each with its network part "
            + "and factors. For distributions and for the riskiest parties of a type.")
    @GetMapping("/api/v1/credit/scores")
    ScorePageView scores(
            @RequestParam(required = false) @Pattern(regexp = "Insurer|Intermediary|Practitioner|Consumer|Provider",
                    message = "must be one of Insurer, Intermediary, Practitioner, Consumer, Provider") String type,
            @RequestParam(required = false) @Pattern(regexp = "[ABCD]", message = "must be one of A, B, C, D") String grade,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return credit.scores(type, grade, page, size);
    }

    @Operation(summary = "A party's credit score", description = "Without asOf: the stored current score. With asOf: "
            + "the own-record part as of that day and the network part stored on or before it. "
            + "base + Σ factors[].contribution = score. The score is that of the party's resolved entity (entity "
            + "resolution): every member's sanctions and records count once and every member has the same score; a "
            + "sanction's or record's factor names the member it is against in subjectId.")
    @GetMapping("/api/v1/credit/scores/{id}")
    ScoreView score(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return credit.score(id, asOf);
    }

    @Operation(summary = "A party's stored score history", description = "Newest first; one entry per recomputation that changed it.")
    @GetMapping("/api/v1/credit/scores/{id}/history")
    ScoreHistoryView history(@PathVariable String id) {
        return credit.history(id);
    }

    @Operation(summary = "Grade distribution and coverage per party type")
    @GetMapping("/api/v1/credit/summary")
    GradeSummaryView summary() {
        return credit.summary();
    }

    @Operation(summary = "Recomputations after changes", description = "Scores follow a recorded sanction, credit "
            + "record, withdrawal, early end, objection, confirmed fraud case or import in the background: each change "
            + "queues a request, and every pending request runs as one recomputation. Lists how many requests are "
            + "pending and running, then the newest runs (the pending one first) with the changes that triggered them "
            + "and what they did. A change shows in scores once the run holding it is DONE.")
    @GetMapping("/api/v1/credit/recomputations")
    RecomputationQueueView recomputations(@RequestParam(defaultValue = "20") int limit) {
        return credit.recomputations(limit);
    }

    @Operation(summary = "Recompute every score", description = "Scores every party as of asOf (default today) and stores "
            + "the scores with history; answers when done.")
    @PostMapping("/api/v1/credit/recomputations")
    @ResponseStatus(HttpStatus.CREATED)
    RecomputationView recompute(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        log.info("Full credit recomputation requested by {}", user.name());
        return credit.recomputeAll(asOf == null ? LocalDate.now() : asOf);
    }
}
