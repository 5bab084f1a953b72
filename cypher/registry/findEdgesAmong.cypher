// Answers: every relationship in force on $asOf between two of the given entities, in its
// stored direction, in a deterministic order.
// Parameters: $ids (list of ids), $asOf (date)
// Columns: source (start id), target (end id), type, properties (map)
UNWIND $ids AS sourceId
MATCH (a:Entity {id: sourceId})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND (r.from IS NULL OR r.from <= $asOf)
  AND (r.to IS NULL OR r.to >= $asOf)
RETURN a.id AS source,
       b.id AS target,
       type(r) AS type,
       properties(r) AS properties
ORDER BY source, type, target, r.from, r.role
