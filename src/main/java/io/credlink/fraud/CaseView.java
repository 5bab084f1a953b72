package io.credlink.fraud;

import java.time.OffsetDateTime;
import java.util.List;

import io.credlink.sanction.SanctionRequest;

/**
 * An investigation case with its alerts, the claims and parties attached to it, related cases,
 * notes and, once confirmed, its sanction proposal.
 *
 * @param alertIds every alert of the case, rings (RING alerts) included
 * @param originAlertIds those of {@code alertIds} the case was opened on: its origin, which stays
 *                 with it (what was attached later can be removed)
 * @param ringIds  those of {@code alertIds} that are rings
 * @param claimIds claims attached to the case themselves (not those its alerts name)
 * @param partyIds parties attached to the case themselves (not those its alerts name)
 */
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
        List<String> originAlertIds,
        List<String> ringIds,
        List<String> claimIds,
        List<String> partyIds,
        List<String> relatedCaseIds,
        List<Note> notes,
        SanctionRequest sanctionProposal) {

    /**
     * A note: when, who, what.
     *
     * @param removed what the note records the removal of, when the note is that of a removal; else null
     */
    public record Note(OffsetDateTime at, String author, String text, RemovedItem removed) {
    }

    /**
     * An item removed from the case, as its removal note keeps it.
     *
     * @param kind       the kind it was removed as (ALERT, RING, CLAIM or PARTY)
     * @param attachedBy who had attached it
     * @param attachedAt when it had been attached
     */
    public record RemovedItem(CaseItemKind kind, String itemId, String attachedBy, OffsetDateTime attachedAt) {
    }
}
