package io.credlink.monitoring;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What marking read did: the caller's notifications among the ids given, and how many of its inbox are still unread. */
public record NotificationReadView(
        @Schema(description = "The given ids that are notifications of the caller's inbox, now read (another owner's "
                + "or unknown ids are passed over)") List<String> ids,
        @Schema(description = "The caller's notifications still unread") long unread) {
}
