package io.credlink.monitoring;

import java.time.OffsetDateTime;

import io.credlink.access.CurrentUser;

/**
 * Watch lists, subscriptions and the inbox of the signed-in user. An insurer's lists belong to
 * its organisation; every other user's to itself; another owner's list answers
 * {@link WatchlistNotFound}, never 403, so ids of others' lists leak nothing.
 */
public interface MonitoringService {

    WatchlistView create(WatchlistRequest request, CurrentUser user);

    WatchlistPage list(int page, int size, CurrentUser user);

    WatchlistView find(String id, CurrentUser user);

    void delete(String id, CurrentUser user);

    WatchlistView addMembers(String id, WatchlistMembersRequest request, CurrentUser user);

    WatchlistView removeMember(String id, String entityId, CurrentUser user);

    SubscriptionView subscribe(SubscriptionRequest request, CurrentUser user);

    /** The caller's subscriptions, optionally of one list, newest first, with their delivery counts. */
    SubscriptionPage subscriptions(String watchlistId, int page, int size, CurrentUser user);

    /** The caller's notifications, optionally of one list and since a time, newest first. */
    NotificationPage notifications(String watchlistId, OffsetDateTime since, int page, int size, CurrentUser user);

    /**
     * Marks notifications of the caller's inbox read (an insurer's inbox is its organisation's, so
     * one user's reading counts for its colleagues); the first reading stays, others' ids are passed over.
     */
    NotificationReadView markRead(NotificationReadRequest request, CurrentUser user);
}
