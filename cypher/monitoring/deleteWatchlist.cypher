// Deletes an owner's watch list with its members, subscriptions, notifications and outbox entries.
// Parameters: $id, $ownerKey. Columns: id (no row when the owner has no such list).
MATCH (w:Watchlist {id: $id})
WHERE w.ownerKey = $ownerKey
CALL (w) {
  MATCH (m:WatchMember {watchlistId: w.id})
  DETACH DELETE m
}
CALL (w) {
  MATCH (s:Subscription {watchlistId: w.id})
  DETACH DELETE s
}
CALL (w) {
  MATCH (o:OutboxEntry {watchlistId: w.id})
  DETACH DELETE o
}
CALL (w) {
  MATCH (n:Notification {watchlistId: w.id})
  DETACH DELETE n
}
WITH w, w.id AS id
DETACH DELETE w
RETURN id AS id
