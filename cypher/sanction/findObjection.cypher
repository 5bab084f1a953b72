// One objection with the current state of its item. Parameters: $id.
// Columns: id, itemId, itemType, subjectId, reason, status, filedBy, filedAt, resolvedBy,
//   resolvedAt, resolutionNote, itemDisputed, itemWithdrawn.
MATCH (o:Objection {id: $id})
OPTIONAL MATCH (o)-[:CONCERNS]->(item:Entity)
RETURN o.id AS id, o.itemId AS itemId, o.itemType AS itemType, o.subjectId AS subjectId, o.reason AS reason,
       o.status AS status, o.filedBy AS filedBy, o.filedAt AS filedAt, o.resolvedBy AS resolvedBy,
       o.resolvedAt AS resolvedAt, o.resolutionNote AS resolutionNote,
       coalesce(item.disputed, false) AS itemDisputed, coalesce(item.withdrawn, false) AS itemWithdrawn
