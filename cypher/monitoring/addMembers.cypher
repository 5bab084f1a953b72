// Adds parties to an owner's watch list; a party already on it stays once.
// Parameters: $id, $ownerKey, $entityIds (existing party ids), $now (DATETIME).
// Columns: id (no row when the owner has no such list).
MATCH (w:Watchlist {id: $id})
WHERE w.ownerKey = $ownerKey
CALL (w) {
  UNWIND $entityIds AS eid
  MERGE (m:WatchMember {key: w.id + '|' + eid})
  ON CREATE SET m.watchlistId = w.id, m.entityId = eid, m.addedAt = $now
}
RETURN w.id AS id
