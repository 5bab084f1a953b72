package io.credlink.graph.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/** An event publication read back from the graph; the event is deserialized when first asked for. */
final class StoredPublication implements TargetEventPublication {

    private final UUID id;
    private final Instant publicationDate;
    private final PublicationTargetIdentifier target;
    private final Supplier<Object> eventSupplier;
    private final Status status;
    private final int attempts;
    private final Instant lastResubmission;
    private Object event;
    private Instant completionDate;

    StoredPublication(UUID id, Instant publicationDate, PublicationTargetIdentifier target, Supplier<Object> event,
            Status status, int attempts, Instant lastResubmission) {
        this.id = id;
        this.publicationDate = publicationDate;
        this.target = target;
        this.eventSupplier = event;
        this.status = status;
        this.attempts = attempts;
        this.lastResubmission = lastResubmission;
    }

    @Override
    public UUID getIdentifier() {
        return id;
    }

    @Override
    public synchronized Object getEvent() {
        if (event == null) {
            event = eventSupplier.get();
        }
        return event;
    }

    @Override
    public PublicationTargetIdentifier getTargetIdentifier() {
        return target;
    }

    @Override
    public Instant getPublicationDate() {
        return publicationDate;
    }

    @Override
    public Optional<Instant> getCompletionDate() {
        return Optional.ofNullable(completionDate);
    }

    @Override
    public Status getStatus() {
        return completionDate != null ? Status.COMPLETED : status;
    }

    @Override
    public Instant getLastResubmissionDate() {
        return lastResubmission;
    }

    @Override
    public int getCompletionAttempts() {
        return attempts;
    }

    @Override
    public void markCompleted(Instant instant) {
        this.completionDate = instant;
    }
}
