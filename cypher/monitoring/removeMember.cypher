// Removes one party from an owner's watch list.
// Parameters: $id, $ownerKey, $entityId. Columns: id, removed (false when the party was not on it);
// no row when the owner has no such list.
MATCH (w:Watchlist {id: $id})
WHERE w.ownerKey = $ownerKey
OPTIONAL MATCH (m:WatchMember {key: w.id + '|' + $entityId})
WITH w, m, m IS NOT NULL AS removed
DETACH DELETE m
RETURN w.id AS id, removed AS removed
