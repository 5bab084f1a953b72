package io.credlink.monitoring;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Parties to add to a watch list (already present ones are kept once). */
public record WatchlistMembersRequest(@NotEmpty @Size(max = 10000) List<@NotBlank @Size(max = 100) String> entityIds) {
}
