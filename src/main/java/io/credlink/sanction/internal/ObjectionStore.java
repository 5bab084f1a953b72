package io.credlink.sanction.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.sanction.ObjectionOutcome;
import io.credlink.sanction.ObjectionStatus;
import io.credlink.sanction.ObjectionView;
import io.credlink.sanction.PageView;

/** Objections in the graph (label :Objection, not :Entity) over named Cypher. */
@Component
class ObjectionStore {

    private final Driver driver;
    private final Neo4jClient client;
    private final String findItem;
    private final String fileObjection;
    private final String findOpenObjection;
    private final String resolveObjection;
    private final String findObjection;
    private final String listObjections;
    private final String countObjections;

    ObjectionStore(Driver driver, Neo4jClient client, CypherCatalog catalog) {
        this.driver = driver;
        this.client = client;
        this.findItem = catalog.get("sanction/findObjectionItem");
        this.fileObjection = catalog.get("sanction/fileObjection");
        this.findOpenObjection = catalog.get("sanction/findOpenObjection");
        this.resolveObjection = catalog.get("sanction/resolveObjection");
        this.findObjection = catalog.get("sanction/findObjection");
        this.listObjections = catalog.get("sanction/listObjections");
        this.countObjections = catalog.get("sanction/countObjections");
    }

    /** A sanction or credit record that can be objected to. */
    record Item(String id, String type, String subjectId, boolean disputed, boolean withdrawn) {
    }

    /** What a resolution changed. */
    record Resolution(String itemId, String itemType, String subjectId, boolean withdrewItem) {
    }

    /** Result of filing: the new id, or why not. */
    enum Filing { FILED, ALREADY_OPEN, ITEM_GONE }

    Optional<Item> item(String id) {
        return read(findItem, Map.of("id", id)).stream().findFirst().map(r -> new Item(r.get("itemId").asString(),
                r.get("itemType").asString(), r.get("subjectId").asString(null), r.get("disputed").asBoolean(),
                r.get("withdrawn").asBoolean()));
    }

    Optional<String> openObjectionOn(String itemId) {
        return read(findOpenObjection, Map.of("itemId", itemId)).stream().findFirst().map(r -> r.get("id").asString());
    }

    Filing file(String id, Item item, String reason, String filedBy) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("itemType", item.type());
        row.put("subjectId", item.subjectId());
        row.put("reason", reason);
        row.put("filedBy", filedBy);
        try (Session session = driver.session(GraphSessions.write(driver))) {
            boolean filed = session.executeWrite(tx -> !tx.run(fileObjection,
                    Values.value(Map.of("itemId", item.id(), "row", row))).list().isEmpty());
            return filed ? Filing.FILED : Filing.ITEM_GONE;
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                return Filing.ALREADY_OPEN;
            }
            throw e;
        }
    }

    /**
     * Resolves the objection if it is open; empty when it is not (or does not exist). Runs in the
     * caller's Spring-managed transaction, so the events the caller publishes there commit with it.
     */
    Optional<Resolution> resolve(String id, ObjectionOutcome outcome, String by, String note, String withdrawalReason) {
        Map<String, Object> p = Map.of("id", id, "outcome", outcome.name(), "by", by, "note", note,
                "reason", withdrawalReason);
        return client.query(resolveObjection).bindAll(p).fetchAs(Resolution.class)
                .mappedBy((types, r) -> new Resolution(r.get("itemId").asString(), r.get("itemType").asString(),
                        r.get("subjectId").asString(null), r.get("withdrewItem").asBoolean()))
                .first();
    }

    Optional<ObjectionView> find(String id) {
        return read(findObjection, Map.of("id", id)).stream().findFirst().map(ObjectionStore::view);
    }

    PageView<ObjectionView> list(ObjectionStatus status, String subjectId, int page, int size) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("status", status == null ? null : status.name());
        filter.put("subjectId", subjectId);
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                long total = tx.run(countObjections, Values.value(filter)).single().get("total").asLong();
                Map<String, Object> p = new HashMap<>(filter);
                p.put("skip", size == 0 ? 0L : (long) page * size);
                p.put("limit", size == 0 ? Long.MAX_VALUE : size);
                List<ObjectionView> items = tx.run(listObjections, Values.value(p)).list(ObjectionStore::view);
                return new PageView<>(items, page, size, total);
            });
        }
    }

    private List<Record> read(String query, Map<String, Object> params) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> tx.run(query, params).list());
        }
    }

    private static ObjectionView view(Record r) {
        return new ObjectionView(r.get("id").asString(), r.get("itemId").asString(), r.get("itemType").asString(),
                r.get("subjectId").asString(null), r.get("reason").asString(null),
                ObjectionStatus.valueOf(r.get("status").asString()), r.get("filedBy").asString(null),
                time(r.get("filedAt")), r.get("resolvedBy").asString(null), time(r.get("resolvedAt")),
                r.get("resolutionNote").asString(null), r.get("itemDisputed").asBoolean(),
                r.get("itemWithdrawn").asBoolean());
    }

    static OffsetDateTime time(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().toOffsetDateTime();
    }
}
