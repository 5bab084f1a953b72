// Schema V013: the monitoring module. Watch lists, their members, subscriptions, notifications and
// outbox entries are not :Entity (not in the data contract, never part of a network). A member is
// its own node keyed "<list id>|<entity id>" and indexed by entityId, so matching a change looks
// up only the changed parties' memberships. A notification still collecting its burst carries
// `openKey` "<list id>|<entity id>" (removed once its window closed), unique so that concurrent
// changes about one party merge into one notification. Due deliveries are found by (status, nextAttemptAt).
CREATE CONSTRAINT watchlist_id IF NOT EXISTS FOR (n:Watchlist) REQUIRE n.id IS UNIQUE;
CREATE INDEX watchlist_owner IF NOT EXISTS FOR (n:Watchlist) ON (n.ownerKey, n.createdAt);
CREATE CONSTRAINT watch_member_key IF NOT EXISTS FOR (n:WatchMember) REQUIRE n.key IS UNIQUE;
CREATE INDEX watch_member_entity IF NOT EXISTS FOR (n:WatchMember) ON (n.entityId);
CREATE INDEX watch_member_list IF NOT EXISTS FOR (n:WatchMember) ON (n.watchlistId);
CREATE CONSTRAINT subscription_id IF NOT EXISTS FOR (n:Subscription) REQUIRE n.id IS UNIQUE;
CREATE INDEX subscription_list IF NOT EXISTS FOR (n:Subscription) ON (n.watchlistId);
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT notification_open_key IF NOT EXISTS FOR (n:Notification) REQUIRE n.openKey IS UNIQUE;
CREATE INDEX notification_owner_at IF NOT EXISTS FOR (n:Notification) ON (n.ownerKey, n.at);
CREATE INDEX notification_list_at IF NOT EXISTS FOR (n:Notification) ON (n.watchlistId, n.at);
CREATE CONSTRAINT outbox_key IF NOT EXISTS FOR (n:OutboxEntry) REQUIRE n.key IS UNIQUE;
CREATE INDEX outbox_due IF NOT EXISTS FOR (n:OutboxEntry) ON (n.status, n.nextAttemptAt);
CREATE INDEX outbox_notification IF NOT EXISTS FOR (n:OutboxEntry) ON (n.notificationId);
CREATE CONSTRAINT outbox_id IF NOT EXISTS FOR (n:OutboxEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX outbox_list IF NOT EXISTS FOR (n:OutboxEntry) ON (n.watchlistId);
