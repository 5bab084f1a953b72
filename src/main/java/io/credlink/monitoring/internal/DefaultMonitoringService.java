package io.credlink.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.credlink.access.CurrentUser;
import io.credlink.monitoring.MonitoringService;
import io.credlink.monitoring.NotificationKind;
import io.credlink.monitoring.NotificationPage;
import io.credlink.monitoring.NotificationReadRequest;
import io.credlink.monitoring.NotificationReadView;
import io.credlink.monitoring.SubscriptionPage;
import io.credlink.monitoring.SubscriptionRequest;
import io.credlink.monitoring.SubscriptionView;
import io.credlink.monitoring.WatchedEntityNotFound;
import io.credlink.monitoring.WatchlistMembersRequest;
import io.credlink.monitoring.WatchlistNotFound;
import io.credlink.monitoring.WatchlistPage;
import io.credlink.monitoring.WatchlistRequest;
import io.credlink.monitoring.WatchlistView;

@Service
class DefaultMonitoringService implements MonitoringService {

    private final MonitoringStore store;
    private final TargetPolicy targets;

    DefaultMonitoringService(MonitoringStore store, TargetPolicy targets) {
        this.store = store;
        this.targets = targets;
    }

    @Override
    public WatchlistView create(WatchlistRequest request, CurrentUser user) {
        List<String> ids = existing(request.entityIdsOrEmpty());
        String id = "WL-" + UUID.randomUUID();
        store.createWatchlist(id, request.name().strip(), Owners.keyOf(user), user.name(), ids);
        return find(id, user);
    }

    @Override
    public WatchlistPage list(int page, int size, CurrentUser user) {
        return store.listWatchlists(Owners.keyOf(user), page, size);
    }

    @Override
    public WatchlistView find(String id, CurrentUser user) {
        return store.findWatchlist(id, Owners.keyOf(user)).orElseThrow(() -> new WatchlistNotFound(id));
    }

    @Override
    public void delete(String id, CurrentUser user) {
        if (!store.deleteWatchlist(id, Owners.keyOf(user))) {
            throw new WatchlistNotFound(id);
        }
    }

    @Override
    public WatchlistView addMembers(String id, WatchlistMembersRequest request, CurrentUser user) {
        // an unknown list answers 404 before the ids are checked: nothing about parties leaks through others' lists
        find(id, user);
        List<String> ids = existing(request.entityIds());
        if (!store.addMembers(id, Owners.keyOf(user), ids)) {
            throw new WatchlistNotFound(id);
        }
        return find(id, user);
    }

    @Override
    public WatchlistView removeMember(String id, String entityId, CurrentUser user) {
        boolean removed = store.removeMember(id, Owners.keyOf(user), entityId)
                .orElseThrow(() -> new WatchlistNotFound(id));
        if (!removed) {
            throw new WatchedEntityNotFound(List.of(entityId));
        }
        return find(id, user);
    }

    @Override
    public SubscriptionView subscribe(SubscriptionRequest request, CurrentUser user) {
        find(request.watchlistId(), user);
        targets.check(request.url());
        List<NotificationKind> events = List.copyOf(new LinkedHashSet<>(request.events()));
        String id = "SUB-" + UUID.randomUUID();
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("watchlistId", request.watchlistId());
        row.put("ownerKey", Owners.keyOf(user));
        row.put("events", events.stream().map(Enum::name).toList());
        row.put("url", request.url());
        row.put("secret", request.secret());
        row.put("createdBy", user.name());
        row.put("createdByRole", user.role().name());
        row.put("now", MonitoringStore.now());
        OffsetDateTime createdAt = store.createSubscription(row)
                .orElseThrow(() -> new WatchlistNotFound(request.watchlistId()));
        return new SubscriptionView(id, request.watchlistId(), events, request.url(), Owners.keyOf(user), createdAt);
    }

    @Override
    public SubscriptionPage subscriptions(String watchlistId, int page, int size, CurrentUser user) {
        if (watchlistId != null) {
            find(watchlistId, user);
        }
        return store.subscriptions(Owners.keyOf(user), watchlistId, page, size);
    }

    @Override
    public NotificationPage notifications(String watchlistId, OffsetDateTime since, int page, int size,
            CurrentUser user) {
        if (watchlistId != null) {
            find(watchlistId, user);
        }
        return store.notifications(Owners.keyOf(user), watchlistId, since, page, size);
    }

    @Override
    public NotificationReadView markRead(NotificationReadRequest request, CurrentUser user) {
        return store.markRead(Owners.keyOf(user), List.copyOf(new LinkedHashSet<>(request.ids())), user.name());
    }

    /** The distinct ids, all existing; else 404 naming the unknown ones. */
    private List<String> existing(List<String> requested) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(requested.stream().map(String::strip).toList()));
        if (ids.isEmpty()) {
            return ids;
        }
        LinkedHashSet<String> found = new LinkedHashSet<>(store.existingEntities(ids));
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!found.contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new WatchedEntityNotFound(missing);
        }
        return ids;
    }
}
