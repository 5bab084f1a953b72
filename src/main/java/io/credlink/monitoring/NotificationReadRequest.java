package io.credlink.monitoring;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Notifications of the caller's inbox to mark read, by id. */
public record NotificationReadRequest(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> ids) {
}
