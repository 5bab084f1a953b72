package io.credlink.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note on a case. */
public record NoteRequest(@NotBlank @Size(max = 5000) String text) {
}
