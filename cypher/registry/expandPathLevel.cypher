// Answers: one breadth-first step of a path search: every (frontier entity, neighbour) pair
// linked by a relationship in force on $asOf, at most $limit rows (the search budget; a
// caller that gets $limit rows treats the level as too big to expand). Relationships of the
// types in $excludedTypes are not followed (an insurer's paths do not go through "same as" links).
// Parameters: $frontier (list of ids), $asOf (date), $limit (integer), $excludedTypes (list of strings)
// Columns: frontierId, neighbourId
UNWIND $frontier AS frontierId
MATCH (:Entity {id: frontierId})-[r]-(m:Entity)
WHERE (r.from IS NULL OR r.from <= $asOf)
  AND (r.to IS NULL OR r.to >= $asOf)
  AND NOT type(r) IN $excludedTypes
RETURN frontierId AS frontierId,
       m.id AS neighbourId
LIMIT $limit
