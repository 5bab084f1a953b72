package io.credlink.sanction;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Credit repair: the sanction ends early.
 *
 * @param effectiveTo the new last day in force
 */
public record EarlyEndRequest(@NotNull LocalDate effectiveTo, @NotBlank @Size(max = 2000) String reason) {
}
