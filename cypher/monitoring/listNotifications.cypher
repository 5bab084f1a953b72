// One page of an owner's notifications, newest first, optionally of one list and since a time,
// with the state of each outbox entry. Parameters: $ownerKey, $watchlistId (or null),
// $since (DATETIME or null), $skip, $limit.
// Columns: id, kind, kinds, at, entityId, subjectIds (the parties the changes are about: the watched
// party or other members of its resolved entity), watchlistId, summary, deliveries
// [{status, attempts, lastError}], changes (JSON texts, one per change; null before they were kept),
// readAt, readBy (null while unread).
MATCH (n:Notification)
WHERE n.ownerKey = $ownerKey
  AND ($watchlistId IS NULL OR n.watchlistId = $watchlistId)
  AND ($since IS NULL OR n.at >= $since)
WITH n
ORDER BY n.at DESC, n.id
SKIP $skip
LIMIT $limit
// read once, into a map: a node its owner deleted meanwhile reads with no properties (docs/testing.md)
WITH n {.*} AS n
WHERE n.id IS NOT NULL AND n.kind IS NOT NULL AND n.at IS NOT NULL AND n.entityId IS NOT NULL
  AND n.watchlistId IS NOT NULL
CALL (n) {
  OPTIONAL MATCH (o:OutboxEntry {notificationId: n.id})
  WITH o {.status, .attempts, .lastError} AS o
  RETURN collect(CASE WHEN o.status IS NOT NULL THEN o END) AS deliveries
}
RETURN n.id AS id, n.kind AS kind, n.kinds AS kinds, n.at AS at, n.entityId AS entityId,
       coalesce(n.subjectIds, [n.entityId]) AS subjectIds,
       n.watchlistId AS watchlistId, n.summary AS summary, deliveries AS deliveries, n.changes AS changes,
       n.readAt AS readAt, n.readBy AS readBy
