// One watch list of one owner with its members (ids in order); no row for another owner's list.
// Parameters: $id, $ownerKey. Columns: id, name, entityIds, owner, createdAt.
MATCH (w:Watchlist {id: $id})
WHERE w.ownerKey = $ownerKey
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
