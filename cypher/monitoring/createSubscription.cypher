// Subscribes a webhook to an owner's watch list. The secret is kept to sign deliveries.
// Parameters: $row {id, watchlistId, ownerKey, events, url, secret, createdBy, createdByRole, now}.
// Columns: id, createdAt (no row when the owner has no such list).
MATCH (w:Watchlist {id: $row.watchlistId})
WHERE w.ownerKey = $row.ownerKey
CREATE (s:Subscription {id: $row.id})
SET s.watchlistId = w.id,
    s.ownerKey = w.ownerKey,
    s.events = $row.events,
    s.url = $row.url,
    s.secret = $row.secret,
    s.createdBy = $row.createdBy,
    s.createdByRole = $row.createdByRole,
    s.createdAt = $row.now
RETURN s.id AS id, s.createdAt AS createdAt
