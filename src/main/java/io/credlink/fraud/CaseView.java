package io.credlink.fraud;

import java.time.OffsetDateTime;
import java.util.List;

import io.credlink.sanction.SanctionRequest;

/** An investigation case with its alerts, related cases, notes and, once confirmed, its sanction proposal. */
public record CaseView(
        String id,
        String title,
        CaseStatus status,
        String assignee,
        String openedBy,
        OffsetDateTime openedAt,
        String closedBy,
        OffsetDateTime closedAt,
        String reason,
        List<String> alertIds,
        List<String> relatedCaseIds,
        List<Note> notes,
        SanctionRequest sanctionProposal) {

    /** A note: when, who, what. */
    public record Note(OffsetDateTime at, String author, String text) {
    }
}
