// One page of an owner's webhook subscriptions, optionally of one list, newest first, with how
// their deliveries stand (never the secret). Outbox entries are found through the list's index.
// Parameters: $ownerKey, $watchlistId (or null), $skip, $limit.
// Columns: id, watchlistId, events, url, owner, createdAt, pending, delivered, failed,
// lastAttemptAt, lastError (of the latest attempt that failed).
MATCH (s:Subscription)
WHERE s.ownerKey = $ownerKey
  AND ($watchlistId IS NULL OR s.watchlistId = $watchlistId)
WITH s
ORDER BY s.createdAt DESC, s.id
SKIP $skip
LIMIT $limit
// read once, into a map: a node its owner deleted meanwhile reads with no properties (docs/testing.md)
WITH s {.*} AS s
WHERE s.id IS NOT NULL AND s.watchlistId IS NOT NULL AND s.events IS NOT NULL AND s.url IS NOT NULL
  AND s.ownerKey IS NOT NULL AND s.createdAt IS NOT NULL
CALL (s) {
  OPTIONAL MATCH (o:OutboxEntry {watchlistId: s.watchlistId})
  WHERE o.subscriptionId = s.id
  WITH o
  ORDER BY o.lastAttemptAt DESC
  RETURN count(CASE WHEN o.status = 'PENDING' THEN 1 END) AS pending,
         count(CASE WHEN o.status = 'DELIVERED' THEN 1 END) AS delivered,
         count(CASE WHEN o.status = 'FAILED' THEN 1 END) AS failed,
         max(o.lastAttemptAt) AS lastAttemptAt,
         head(collect(CASE WHEN o.lastError IS NOT NULL AND o.status <> 'DELIVERED' THEN o.lastError END)) AS lastError
}
RETURN s.id AS id, s.watchlistId AS watchlistId, s.events AS events, s.url AS url, s.ownerKey AS owner,
       s.createdAt AS createdAt, pending, delivered, failed, lastAttemptAt, lastError
