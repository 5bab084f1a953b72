package io.credlink.credit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * The parties to check (1 to {@code credlink.credit.max-check-ids} ids, none blank) and optionally
 * the day to check on (default today).
 */
public record CounterpartyCheckRequest(
        @NotEmpty(message = "must name at least one party") @WithinCheckLimit List<@NotBlank String> ids,
        LocalDate asOf) {
}
