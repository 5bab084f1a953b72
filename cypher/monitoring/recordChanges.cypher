// Turns changes about parties into notifications and their outbox entries, in one transaction.
// Only the memberships of the changed parties are read (index on :WatchMember(entityId)). A
// notification still collecting its burst (openKey "<list>|<party>", window not closed) takes the
// change; one whose window closed loses its openKey and a new one starts. One outbox entry per
// notification and subscription of the list whose events include the change's kind, due when
// the window closes.
// Parameters: $now (DATETIME), $windowMs, $changes [{entityId, kind, summary}].
// Columns: notifications (touched), entries (outbox entries created).
UNWIND $changes AS c
MATCH (m:WatchMember {entityId: c.entityId})
MATCH (w:Watchlist {id: m.watchlistId})
WITH c, w, w.id + '|' + c.entityId AS key
CALL (key) {
  OPTIONAL MATCH (old:Notification {openKey: key})
  WHERE old.openUntil <= $now
  REMOVE old.openKey
}
MERGE (n:Notification {openKey: key})
ON CREATE SET n.id = randomUUID(),
    n.at = $now,
    n.openUntil = $now + duration({milliseconds: $windowMs}),
    n.watchlistId = w.id,
    n.entityId = c.entityId,
    n.ownerKey = w.ownerKey,
    n.kind = c.kind,
    n.kinds = []
SET n.kinds = n.kinds + c.kind,
    n.summary = CASE WHEN n.summary IS NULL THEN c.summary ELSE n.summary + '; ' + c.summary END
WITH c, w, n
CALL (c, w, n) {
  MATCH (s:Subscription {watchlistId: w.id})
  WHERE c.kind IN s.events
  MERGE (o:OutboxEntry {key: n.id + '|' + s.id})
  ON CREATE SET o.id = randomUUID(),
      o.notificationId = n.id,
      o.subscriptionId = s.id,
      o.watchlistId = w.id,
      o.status = 'PENDING',
      o.attempts = 0,
      o.createdAt = $now,
      o.nextAttemptAt = n.openUntil
  RETURN count(o) AS entries
}
RETURN count(DISTINCT n) AS notifications, sum(entries) AS entries
