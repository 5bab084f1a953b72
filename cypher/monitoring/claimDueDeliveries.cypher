// The outbox entries due now, oldest first, with their notification and subscription. Closes the
// burst of each notification (removes openKey) in this write transaction, so a change committed
// later starts a new notification instead of joining one already being sent.
// Parameters: $now (DATETIME), $limit.
// Columns: id, attempts, createdAt, notificationId, kind, at, entityId, subjectIds, watchlistId, summary, url,
// secret, ownerKey, createdBy, createdByRole.
MATCH (o:OutboxEntry)
WHERE o.status = 'PENDING' AND o.nextAttemptAt <= $now
WITH o
ORDER BY o.nextAttemptAt
LIMIT $limit
MATCH (n:Notification {id: o.notificationId})
MATCH (s:Subscription {id: o.subscriptionId})
REMOVE n.openKey
RETURN o.id AS id, o.attempts AS attempts, o.createdAt AS createdAt, n.id AS notificationId, n.kind AS kind,
       n.at AS at, n.entityId AS entityId, coalesce(n.subjectIds, [n.entityId]) AS subjectIds,
       n.watchlistId AS watchlistId, n.summary AS summary, s.url AS url,
       s.secret AS secret, s.ownerKey AS ownerKey, s.createdBy AS createdBy, s.createdByRole AS createdByRole
