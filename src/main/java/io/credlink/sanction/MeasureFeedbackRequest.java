package io.credlink.sanction;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Feedback of an implementing organisation on a measure it applied to a party.
 *
 * @param measure       the measure as propagation names it (e.g. OFFICE_BAN), or BLACKLIST for
 *                      the sanctioned party itself
 * @param date          the day the organisation applied it: the measure must apply on that day
 * @param implementedBy the implementing organisation; an INSURER user's is its own orgId (this
 *                      field may then be left out), a REGULATOR or ADMIN must name one
 */
public record MeasureFeedbackRequest(
        @NotBlank @Size(max = 100) String sanctionId,
        @NotBlank @Size(max = 100) String entityId,
        @NotBlank @Size(max = 100) String measure,
        @NotNull FeedbackAction action,
        @NotNull @PastOrPresent LocalDate date,
        @Size(max = 2000) String note,
        @Size(max = 300) String implementedBy) {

    /** OTHER says nothing by itself. */
    @JsonIgnore
    @AssertTrue(message = "note must say what was done when action is OTHER")
    public boolean isNoteGivenForOther() {
        return action != FeedbackAction.OTHER || (note != null && !note.isBlank());
    }
}
