// Objections, newest first (then by id), optionally of one status and/or about one subject.
// Parameters: $status (string or null = any), $subjectId (string or null = anyone), $skip, $limit.
// Columns: as findObjection.cypher.
MATCH (o:Objection)
WHERE ($status IS NULL OR o.status = $status)
  AND ($subjectId IS NULL OR o.subjectId = $subjectId)
WITH o
ORDER BY o.filedAt DESC, o.id
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (o)-[:CONCERNS]->(item:Entity)
RETURN o.id AS id, o.itemId AS itemId, o.itemType AS itemType, o.subjectId AS subjectId, o.reason AS reason,
       o.status AS status, o.filedBy AS filedBy, o.filedAt AS filedAt, o.resolvedBy AS resolvedBy,
       o.resolvedAt AS resolvedAt, o.resolutionNote AS resolutionNote,
       coalesce(item.disputed, false) AS itemDisputed, coalesce(item.withdrawn, false) AS itemWithdrawn
ORDER BY o.filedAt DESC, o.id
