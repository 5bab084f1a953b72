package io.credlink.sanction;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A sanction to record (or, for impact analysis, to propose): the columns of sanctions.csv.
 *
 * @param id optional; generated when absent
 */
public record SanctionRequest(
        @Size(max = 100) @Pattern(regexp = "\\S+", message = "must not contain spaces") String id,
        @NotBlank @Size(max = 100) String subjectId,
        @NotBlank @Size(max = 300) String authority,
        @NotNull SanctionKind kind,
        @NotNull @Min(1) @Max(5) Integer severity,
        @NotNull Boolean blacklist,
        @NotNull LocalDate decidedOn,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Size(max = 2000) String reason) {

    /** The end of a sanction cannot come before its start. */
    @JsonIgnore
    @AssertTrue(message = "effectiveTo must not be before effectiveFrom")
    public boolean isEffectiveToNotBeforeFrom() {
        return effectiveTo == null || effectiveFrom == null || !effectiveTo.isBefore(effectiveFrom);
    }
}
