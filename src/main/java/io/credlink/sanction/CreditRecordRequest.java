package io.credlink.sanction;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A credit record to record: the columns of records.csv.
 *
 * @param id optional; generated when absent
 */
public record CreditRecordRequest(
        @Size(max = 100) @Pattern(regexp = "\\S+", message = "must not contain spaces") String id,
        @NotBlank @Size(max = 100) String subjectId,
        @NotNull RecordKind kind,
        @NotNull LocalDate date,
        @NotNull @Min(1) @Max(5) Integer severity,
        @Size(max = 2000) String detail) {
}
