// One page of an owner's watch lists, newest first, with their members.
// Parameters: $ownerKey, $skip, $limit. Columns: id, name, entityIds, owner, createdAt.
MATCH (w:Watchlist)
WHERE w.ownerKey = $ownerKey
WITH w
ORDER BY w.createdAt DESC, w.id
SKIP $skip
LIMIT $limit
// read once, into a map: a node its owner deleted meanwhile reads with no properties (docs/testing.md)
WITH w {.*} AS w
WHERE w.id IS NOT NULL AND w.name IS NOT NULL AND w.ownerKey IS NOT NULL AND w.createdAt IS NOT NULL
CALL (w) {
  MATCH (m:WatchMember {watchlistId: w.id})
  WITH m
  ORDER BY m.entityId
  RETURN collect(m.entityId) AS entityIds
}
RETURN w.id AS id, w.name AS name, entityIds AS entityIds, w.ownerKey AS owner, w.createdAt AS createdAt
