package io.credlink.resolution.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.credlink.ingest.DatasetImported;
import io.credlink.resolution.ResolutionProperties;

/**
 * Resolves after every import (command, upload, sample load), in the publisher's thread and
 * before other listeners (credit scores), so that the {@code import} command exits with parties
 * resolved. A failure is logged and never fails the import.
 */
@Component
class ResolutionEvents {

    private static final Logger log = LoggerFactory.getLogger(ResolutionEvents.class);

    private final DefaultResolutionService resolution;
    private final ResolutionProperties properties;

    ResolutionEvents(DefaultResolutionService resolution, ResolutionProperties properties) {
        this.resolution = resolution;
        this.properties = properties;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(DatasetImported event) {
        if (!properties.runAfterImport() || event.imported() == 0) {
            return;
        }
        try {
            if (event.partyIds() == null) {
                resolution.runAfterImport();
            } else if (!event.partyIds().isEmpty()) {
                resolution.runAfterImport(event.partyIds());
            }
        } catch (RuntimeException e) {
            log.warn("Resolution did not run after the import: {}", e.toString());
        }
    }
}
