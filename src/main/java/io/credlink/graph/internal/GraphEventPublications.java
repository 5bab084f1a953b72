package io.credlink.graph.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.credlink.graph.BackgroundWork;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.TransientRetries;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Modulith's event publication registry stored in the graph (Modulith 2.x ships no Neo4j
 * store). It goes through {@link Neo4jClient}, so a publication is written in the Spring-managed
 * transaction that publishes the event and commits or rolls back with the change itself. A
 * publication lives while its listener has not finished: completion deletes it, and whatever is
 * left at a start is resubmitted ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Events are stored as JSON with their class name; they are records of the modules' APIs.
 * Outside a transaction a change is an auto-commit write, retried on a transient error; the lists
 * and counts (resubmission, health) are read-only transactions, which a cluster may answer from a
 * reader a little behind: they are asked again at the next poll. The look-up of one publication
 * by its event stays with the leader, as the change that follows it does.
 */
@Component
class GraphEventPublications implements EventPublicationRepository, BackgroundWork.Publications {

    private final Neo4jClient client;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String create;
    private final String complete;
    private final String completeByEvent;
    private final String setStatus;
    private final String resubmit;
    private final String list;
    private final String find;
    private final String delete;
    private final String count;
    private final TransientRetries retries;

    GraphEventPublications(Neo4jClient client, CypherCatalog catalog, TransientRetries retries) {
        this.client = client;
        this.retries = retries;
        this.create = catalog.get("graph/createEventPublication");
        this.complete = catalog.get("graph/completeEventPublication");
        this.completeByEvent = catalog.get("graph/completeEventPublicationByEvent");
        this.setStatus = catalog.get("graph/setEventPublicationStatus");
        this.resubmit = catalog.get("graph/resubmitEventPublication");
        this.list = catalog.get("graph/listEventPublications");
        this.find = catalog.get("graph/findEventPublication");
        this.delete = catalog.get("graph/deleteEventPublications");
        this.count = catalog.get("graph/countEventPublications");
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // an after-commit listener is skipped without a transaction: the publication would wait forever
            throw new IllegalStateException(publication.getEvent().getClass().getSimpleName()
                    + " published outside a transaction; its listener " + publication.getTargetIdentifier().getValue()
                    + " runs after a commit only");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", publication.getIdentifier().toString());
        params.put("listenerId", publication.getTargetIdentifier().getValue());
        params.put("eventType", publication.getEvent().getClass().getName());
        params.put("serializedEvent", serialize(publication.getEvent()));
        params.put("publicationDate", at(publication.getPublicationDate()));
        client.query(create).bindAll(params).run();
        return publication;
    }

    @Override
    public void markProcessing(UUID identifier) {
        Map<String, Object> params = Map.of("id", identifier.toString(), "status", Status.PROCESSING.name());
        retries.run(() -> client.query(setStatus).bindAll(params).run());
    }

    @Override
    public void markFailed(UUID identifier) {
        Map<String, Object> params = Map.of("id", identifier.toString(), "status", Status.FAILED.name());
        retries.run(() -> client.query(setStatus).bindAll(params).run());
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        Map<String, Object> params = Map.of("listenerId", identifier.getValue(), "serializedEvent", serialize(event));
        retries.run(() -> client.query(completeByEvent).bindAll(params).run());
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        retries.run(() -> client.query(complete).bindAll(Map.of("id", identifier.toString())).run());
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        // another instance that claimed it within the last second keeps it
        Map<String, Object> params = Map.of("id", identifier.toString(), "at", at(resubmissionDate),
                "notAfter", at(resubmissionDate.minusSeconds(1)));
        return retries.call(() -> client.query(resubmit).bindAll(params).fetch().one().isPresent());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetEventPublication> findIncompletePublications() {
        return publications(null, null, -1);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return publications(at(instant), null, -1);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        Map<String, Object> params = Map.of("listenerId", targetIdentifier.getValue(),
                "serializedEvent", serialize(event));
        return retries.call(() -> client.query(find).bindAll(params).fetchAs(TargetEventPublication.class)
                .mappedBy((types, record) -> publication(record)).one());
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return List.of(); // completion deletes a publication
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        Instant before = criteria.getPublicationDateReference();
        return publications(before == null ? null : at(before), Status.FAILED.name(), criteria.getMaxItemsToRead());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetEventPublication> findByStatus(Status status) {
        return status == Status.COMPLETED ? List.of() : publications(null, status.name(), -1);
    }

    @Override
    @Transactional(readOnly = true)
    public int countByStatus(Status status) {
        if (status == Status.COMPLETED) {
            return 0;
        }
        return (int) count(status.name());
    }

    /** Publications whose listener may still run: stored and not FAILED (a failed one waits for a resubmission). */
    @Override
    @Transactional(readOnly = true)
    public long waiting() {
        return count(null) - count(Status.FAILED.name());
    }

    private long count(String status) {
        return client.query(count).bindAll(nullable("status", status)).fetchAs(Long.class)
                .mappedBy((types, record) -> record.get("count").asLong()).one().orElse(0L);
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        Map<String, Object> params = Map.of("ids", identifiers.stream().map(UUID::toString).toList());
        retries.run(() -> client.query(delete).bindAll(params).run());
    }

    @Override
    public void deleteCompletedPublications() {
        // none are kept
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        // none are kept
    }

    private List<TargetEventPublication> publications(OffsetDateTime before, String status, long limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("before", before);
        params.put("status", status);
        params.put("limit", limit);
        return List.copyOf(client.query(list).bindAll(params).fetchAs(TargetEventPublication.class)
                .mappedBy((types, record) -> publication(record)).all());
    }

    private TargetEventPublication publication(Record r) {
        String type = r.get("eventType").asString();
        String body = r.get("serializedEvent").asString();
        Value resubmitted = r.get("lastResubmissionDate");
        return new StoredPublication(UUID.fromString(r.get("id").asString()),
                r.get("publicationDate").asZonedDateTime().toInstant(),
                PublicationTargetIdentifier.of(r.get("listenerId").asString()), () -> deserialize(type, body),
                Status.valueOf(r.get("status").asString()), r.get("completionAttempts").asInt(0),
                resubmitted.isNull() ? null : resubmitted.asZonedDateTime().toInstant());
    }

    private String serialize(Object event) {
        return json.writeValueAsString(event);
    }

    private Object deserialize(String type, String body) {
        try {
            return json.readValue(body, Class.forName(type, true, getClass().getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("stored event of an unknown type " + type, e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Object> nullable(String key, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value);
        return m;
    }
}
