// Answers: the last breadth-first step of a path search, after which no level follows: of the
// (frontier entity, neighbour) pairs expandPathLevel.cypher reads (at most $limit, the search's
// budget, counted the same way), how many there are and those whose neighbour is in $targets (the
// entities the other side of the search has reached). Filtering here keeps the pairs to every
// other neighbour, most of a hub's, from being sent only to be dropped.
// Parameters: $frontier (list of ids), $targets (list of ids), $asOf (date), $limit (integer),
//   $excludedTypes (list of strings)
// Columns (one row): read (pairs read, at most $limit), hits (list of {frontierId, neighbourId})
UNWIND $frontier AS frontierId
MATCH (:Entity {id: frontierId})-[r]-(m:Entity)
WHERE (r.from IS NULL OR r.from <= $asOf)
  AND (r.to IS NULL OR r.to >= $asOf)
  AND NOT type(r) IN $excludedTypes
WITH frontierId, m.id AS neighbourId
LIMIT $limit
RETURN count(*) AS read,
       collect(CASE WHEN neighbourId IN $targets THEN {frontierId: frontierId, neighbourId: neighbourId} END) AS hits
