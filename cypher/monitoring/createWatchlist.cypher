// Creates a watch list with its first members (one :WatchMember per party, keyed "<list>|<party>").
// Parameters: $id, $name, $ownerKey, $createdBy, $now (DATETIME), $entityIds (existing party ids).
// Columns: id.
CREATE (w:Watchlist {id: $id})
SET w.name = $name,
    w.ownerKey = $ownerKey,
    w.createdBy = $createdBy,
    w.createdAt = $now
WITH w
CALL (w) {
  UNWIND $entityIds AS eid
  MERGE (m:WatchMember {key: w.id + '|' + eid})
  ON CREATE SET m.watchlistId = w.id, m.entityId = eid, m.addedAt = $now
}
RETURN w.id AS id
