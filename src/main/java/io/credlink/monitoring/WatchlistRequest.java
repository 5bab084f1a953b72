package io.credlink.monitoring;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new watch list and its first members (party ids; may be empty). */
public record WatchlistRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 10000) List<@NotBlank @Size(max = 100) String> entityIds) {

    public List<String> entityIdsOrEmpty() {
        return entityIds == null ? List.of() : entityIds;
    }
}
