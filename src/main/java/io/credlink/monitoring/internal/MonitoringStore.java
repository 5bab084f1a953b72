package io.credlink.monitoring.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphSessions;
import io.credlink.graph.CypherCatalog;
import io.credlink.monitoring.NotificationKind;
import io.credlink.monitoring.NotificationPage;
import io.credlink.monitoring.NotificationReadView;
import io.credlink.monitoring.NotificationView;
import io.credlink.monitoring.SubscriptionPage;
import io.credlink.monitoring.SubscriptionStatusView;
import io.credlink.monitoring.WatchlistPage;
import io.credlink.monitoring.WatchlistView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Watch lists, subscriptions, notifications and the outbox in the graph, over named Cypher. */
@Component
class MonitoringStore {

    /** A notification's changes are stored as JSON texts (a graph property holds no maps). */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> ARGS = new TypeReference<>() {
    };

    private final Driver driver;
    private final String createWatchlist;
    private final String findWatchlist;
    private final String listWatchlists;
    private final String countWatchlists;
    private final String deleteWatchlist;
    private final String addMembers;
    private final String removeMember;
    private final String findExistingEntities;
    private final String createSubscription;
    private final String recordChanges;
    private final String listNotifications;
    private final String countNotifications;
    private final String claimDueDeliveries;
    private final String markDelivery;
    private final String findNewAlerts;
    private final String listSubscriptions;
    private final String countSubscriptions;
    private final String markNotificationsRead;

    MonitoringStore(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.createWatchlist = catalog.get("monitoring/createWatchlist");
        this.findWatchlist = catalog.get("monitoring/findWatchlist");
        this.listWatchlists = catalog.get("monitoring/listWatchlists");
        this.countWatchlists = catalog.get("monitoring/countWatchlists");
        this.deleteWatchlist = catalog.get("monitoring/deleteWatchlist");
        this.addMembers = catalog.get("monitoring/addMembers");
        this.removeMember = catalog.get("monitoring/removeMember");
        this.findExistingEntities = catalog.get("monitoring/findExistingEntities");
        this.createSubscription = catalog.get("monitoring/createSubscription");
        this.recordChanges = catalog.get("monitoring/recordChanges");
        this.listNotifications = catalog.get("monitoring/listNotifications");
        this.countNotifications = catalog.get("monitoring/countNotifications");
        this.claimDueDeliveries = catalog.get("monitoring/claimDueDeliveries");
        this.markDelivery = catalog.get("monitoring/markDelivery");
        this.findNewAlerts = catalog.get("monitoring/findNewAlerts");
        this.listSubscriptions = catalog.get("monitoring/listSubscriptions");
        this.countSubscriptions = catalog.get("monitoring/countSubscriptions");
        this.markNotificationsRead = catalog.get("monitoring/markNotificationsRead");
    }

    /**
     * A change about one party, as {@code monitoring/recordChanges} takes it: its English summary,
     * and the same as a code with the values it is made of.
     */
    record Change(String entityId, NotificationKind kind, String summary, String code, Map<String, Object> args) {
        Map<String, Object> row() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("kind", kind.name());
            data.put("subjectId", entityId);
            data.put("summaryCode", code);
            data.put("summaryArgs", args);
            return Map.of("entityId", entityId, "kind", kind.name(), "summary", summary,
                    "change", JSON.writeValueAsString(data));
        }
    }

    /** An outbox entry due for an attempt, with what to send and where. */
    record DueDelivery(String id, long attempts, OffsetDateTime createdAt, String notificationId, String kind,
            OffsetDateTime at, String entityId, List<String> subjectIds, String watchlistId, String summary, String url, String secret,
            String ownerKey, String createdBy, String createdByRole) {
    }

    /** A party named by an alert a scan raised for the first time. */
    record NewAlert(String alertId, String kind, String entityId) {
    }

    List<String> existingEntities(List<String> ids) {
        return read(findExistingEntities, Map.of("ids", ids)).get(0).get("ids").asList(Value::asString);
    }

    void createWatchlist(String id, String name, String ownerKey, String createdBy, List<String> entityIds) {
        write(createWatchlist, Map.of("id", id, "name", name, "ownerKey", ownerKey, "createdBy", createdBy,
                "now", now(), "entityIds", entityIds));
    }

    Optional<WatchlistView> findWatchlist(String id, String ownerKey) {
        return read(findWatchlist, Map.of("id", id, "ownerKey", ownerKey)).stream().findFirst()
                .map(MonitoringStore::watchlist);
    }

    WatchlistPage listWatchlists(String ownerKey, int page, int size) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                long total = tx.run(countWatchlists, Map.of("ownerKey", ownerKey)).single().get("total").asLong();
                List<WatchlistView> items = tx.run(listWatchlists, Map.of("ownerKey", ownerKey, "skip",
                        (long) page * size, "limit", size)).list(MonitoringStore::watchlist);
                return new WatchlistPage(items, page, size, total);
            });
        }
    }

    boolean deleteWatchlist(String id, String ownerKey) {
        return !write(deleteWatchlist, Map.of("id", id, "ownerKey", ownerKey)).isEmpty();
    }

    boolean addMembers(String id, String ownerKey, List<String> entityIds) {
        return !write(addMembers, Map.of("id", id, "ownerKey", ownerKey, "entityIds", entityIds, "now", now()))
                .isEmpty();
    }

    /** Empty when the owner has no such list, else whether the party was on it. */
    Optional<Boolean> removeMember(String id, String ownerKey, String entityId) {
        return write(removeMember, Map.of("id", id, "ownerKey", ownerKey, "entityId", entityId)).stream()
                .findFirst().map(r -> r.get("removed").asBoolean());
    }

    /** The creation time, or empty when the owner has no such list. */
    Optional<OffsetDateTime> createSubscription(Map<String, Object> row) {
        return write(createSubscription, Map.of("row", row)).stream().findFirst()
                .map(r -> r.get("createdAt").asOffsetDateTime());
    }

    /** What one batch of changes stored: outbox entries created, and when the first of them is due. */
    record Recorded(long entries, Optional<OffsetDateTime> firstDue) {
    }

    /** Records changes in one transaction. */
    Recorded recordChanges(List<Change> changes, long windowMillis) {
        List<Map<String, Object>> rows = changes.stream().map(Change::row).toList();
        List<Record> out = write(recordChanges, Map.of("now", now(), "windowMs", windowMillis, "changes", rows));
        if (out.isEmpty()) {
            return new Recorded(0, Optional.empty());
        }
        Value due = out.get(0).get("firstDue");
        return new Recorded(out.get(0).get("entries").asLong(0),
                due.isNull() ? Optional.empty() : Optional.of(due.asOffsetDateTime()));
    }

    SubscriptionPage subscriptions(String ownerKey, String watchlistId, int page, int size) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("ownerKey", ownerKey);
        filter.put("watchlistId", watchlistId);
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                long total = tx.run(countSubscriptions, filter).single().get("total").asLong();
                Map<String, Object> p = new HashMap<>(filter);
                p.put("skip", (long) page * size);
                p.put("limit", size);
                List<SubscriptionStatusView> items = tx.run(listSubscriptions, p).list(r -> new SubscriptionStatusView(
                        r.get("id").asString(), r.get("watchlistId").asString(),
                        r.get("events").asList(v -> NotificationKind.valueOf(v.asString())), r.get("url").asString(),
                        r.get("owner").asString(), r.get("createdAt").asOffsetDateTime(),
                        new SubscriptionStatusView.Deliveries(r.get("pending").asLong(), r.get("delivered").asLong(),
                                r.get("failed").asLong(), r.get("lastAttemptAt").isNull() ? null
                                        : r.get("lastAttemptAt").asOffsetDateTime(),
                                r.get("lastError").isNull() ? null : r.get("lastError").asString())));
                return new SubscriptionPage(items, page, size, total);
            });
        }
    }

    NotificationPage notifications(String ownerKey, String watchlistId, OffsetDateTime since, int page, int size) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("ownerKey", ownerKey);
        filter.put("watchlistId", watchlistId);
        filter.put("since", since);
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> {
                long total = tx.run(countNotifications, filter).single().get("total").asLong();
                Map<String, Object> p = new HashMap<>(filter);
                p.put("skip", (long) page * size);
                p.put("limit", size);
                List<NotificationView> items = tx.run(listNotifications, p).list(MonitoringStore::notification);
                return new NotificationPage(items, page, size, total);
            });
        }
    }

    /** Marks the owner's notifications among the ids read by the user (a first reading stays). */
    NotificationReadView markRead(String ownerKey, List<String> ids, String readBy) {
        Record r = write(markNotificationsRead, Map.of("ownerKey", ownerKey, "ids", ids, "readBy", readBy, "now", now())).get(0);
        return new NotificationReadView(r.get("ids").asList(Value::asString), r.get("unread").asLong());
    }

    List<DueDelivery> claimDue(int limit) {
        return write(claimDueDeliveries, Map.of("now", now(), "limit", limit)).stream()
                .map(r -> new DueDelivery(r.get("id").asString(), r.get("attempts").asLong(),
                        r.get("createdAt").asOffsetDateTime(), r.get("notificationId").asString(),
                        r.get("kind").asString(), r.get("at").asOffsetDateTime(), r.get("entityId").asString(),
                        r.get("subjectIds").asList(Value::asString), r.get("watchlistId").asString(), r.get("summary").asString(""), r.get("url").asString(),
                        r.get("secret").asString(), r.get("ownerKey").asString(), r.get("createdBy").asString(),
                        r.get("createdByRole").asString()))
                .toList();
    }

    void markDelivery(String id, String status, long attempts, String lastError, OffsetDateTime nextAttemptAt) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("status", status);
        p.put("attempts", attempts);
        p.put("lastError", lastError);
        p.put("nextAttemptAt", nextAttemptAt);
        p.put("now", now());
        write(markDelivery, p);
    }

    List<NewAlert> newAlerts(String scanId) {
        return read(findNewAlerts, Map.of("scanId", scanId)).stream()
                .map(r -> new NewAlert(r.get("alertId").asString(), r.get("kind").asString(),
                        r.get("entityId").asString()))
                .toList();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static WatchlistView watchlist(Record r) {
        return new WatchlistView(r.get("id").asString(), r.get("name").asString(),
                r.get("entityIds").asList(Value::asString), r.get("owner").asString(),
                r.get("createdAt").asOffsetDateTime());
    }

    private static NotificationView notification(Record r) {
        List<Value> deliveries = r.get("deliveries").asList(v -> v);
        String status = "NONE";
        long attempts = 0;
        String lastError = null;
        int rank = Integer.MAX_VALUE;
        for (Value d : deliveries) {
            String s = d.get("status").asString();
            int k = switch (s) {
                case "PENDING" -> 0;
                case "FAILED" -> 1;
                default -> 2;
            };
            if (k < rank) {
                rank = k;
                status = s;
            }
            attempts = Math.max(attempts, d.get("attempts").asLong(0));
            if (!d.get("lastError").isNull()) {
                lastError = d.get("lastError").asString();
            }
        }
        List<NotificationKind> kinds = new ArrayList<>();
        for (Value k : r.get("kinds").values()) {
            kinds.add(NotificationKind.valueOf(k.asString()));
        }
        return new NotificationView(r.get("id").asString(), NotificationKind.valueOf(r.get("kind").asString()),
                kinds, r.get("at").asOffsetDateTime(), r.get("entityId").asString(),
                r.get("subjectIds").asList(Value::asString), r.get("watchlistId").asString(), r.get("summary").asString(""),
                new NotificationView.Delivery(status, attempts, lastError),
                r.get("changes").isNull() ? List.of() : r.get("changes").asList(v -> change(v.asString())),
                r.get("readAt").isNull() ? null : r.get("readAt").asOffsetDateTime(),
                r.get("readBy").isNull() ? null : r.get("readBy").asString());
    }

    private static NotificationView.Change change(String json) {
        Map<String, Object> data = JSON.readValue(json, ARGS);
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) data.getOrDefault("summaryArgs", Map.of());
        return new NotificationView.Change(NotificationKind.valueOf((String) data.get("kind")), (String) data.get("subjectId"),
                (String) data.get("summaryCode"), args);
    }

    private List<Record> read(String query, Map<String, Object> params) {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> tx.run(query, params).list());
        }
    }

    private List<Record> write(String query, Map<String, Object> params) {
        try (Session session = driver.session(GraphSessions.write(driver))) {
            return session.executeWrite(tx -> tx.run(query, params).list());
        }
    }
}
