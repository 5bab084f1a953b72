// Turns changes about parties into notifications and their outbox entries, in one transaction.
// A list hears a change about a party it watches, or about another member of a watched party's
// resolved entity (resolution's read view: the same `resolvedId`, index party_resolved_id; a party
// without one is its entity's id), read live so that a join or split by resolution is followed at
// once. Only the changed parties' entities and those members' memberships are read (index on
// :WatchMember(entityId)): O(members affected). A list that watches the changed party itself is told about it; else about its
// smallest watched member of the entity, the change's summary naming the member it concerns.
// A notification still collecting its burst (openKey "<list>|<watched party>", window not closed)
// takes the change; one whose window closed loses its openKey and a new one starts. One outbox
// entry per notification and subscription of the list whose events include the change's kind,
// due when the window closes.
// Each change also brings itself as data (`change`: JSON with its kind, party, code and values),
// kept in order beside the English summary so that a reader's language can word it.
// Parameters: $now (DATETIME), $windowMs, $changes [{entityId, kind, summary, change}].
// Columns: notifications (touched), entries (outbox entries created).
UNWIND $changes AS c
OPTIONAL MATCH (p:Party {id: c.entityId})
// a party without resolvedId is its own entity's id (resolution writes it on the other members)
WITH c, coalesce(p.resolvedId, p.id) AS rid
CALL (c, rid) {
  MATCH (m:WatchMember {entityId: c.entityId})
  RETURN m
  UNION
  MATCH (q:Party {resolvedId: rid})
  WHERE q.id <> c.entityId
  MATCH (m:WatchMember {entityId: q.id})
  RETURN m
  UNION
  MATCH (m:WatchMember {entityId: rid})
  WHERE rid <> c.entityId
  RETURN m
}
WITH c, rid, m
ORDER BY m.entityId
WITH c, rid, m.watchlistId AS listId, collect(m.entityId) AS watched
WITH c, listId, CASE WHEN c.entityId IN watched THEN c.entityId ELSE watched[0] END AS member,
     CASE WHEN c.entityId IN watched THEN c.summary
          ELSE 'member ' + c.entityId + ' of resolved entity ' + rid + ': ' + c.summary END AS summary
MATCH (w:Watchlist {id: listId})
WITH c, w, member, summary, w.id + '|' + member AS key
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
    n.entityId = member,
    n.ownerKey = w.ownerKey,
    n.kind = c.kind,
    n.kinds = [],
    n.subjectIds = []
SET n.kinds = n.kinds + c.kind,
    n.subjectIds = CASE WHEN c.entityId IN n.subjectIds THEN n.subjectIds ELSE n.subjectIds + c.entityId END,
    n.summary = CASE WHEN n.summary IS NULL THEN summary ELSE n.summary + '; ' + summary END,
    n.changes = coalesce(n.changes, []) + c.change
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
RETURN count(DISTINCT n) AS notifications, sum(entries) AS entries, min(n.openUntil) AS firstDue
