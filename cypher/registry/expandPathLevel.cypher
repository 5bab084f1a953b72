// Answers: one breadth-first step of a path search: every (frontier entity, neighbour) pair
// linked by a relationship in force on $asOf, at most $limit rows (the search budget; a
// caller that gets $limit rows treats the level as too big to expand).
// Parameters: $frontier (list of ids), $asOf (date), $limit (integer)
// Columns: frontierId, neighbourId
UNWIND $frontier AS frontierId
MATCH (:Entity {id: frontierId})-[r]-(m:Entity)
WHERE (r.from IS NULL OR r.from <= $asOf)
  AND (r.to IS NULL OR r.to >= $asOf)
RETURN frontierId AS frontierId,
       m.id AS neighbourId
LIMIT $limit
