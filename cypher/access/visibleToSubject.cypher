// Which of these ids a SUBJECT user may see in full: its own party and its own identifiers.
// Parameters: $entityId (the user's party), $ids (candidate entity ids). Columns: id.
UNWIND $ids AS candidate
MATCH (n:Entity {id: candidate})
WITH n
WHERE n.id = $entityId
   OR (n:Identifier AND EXISTS { (:Party {id: $entityId})-[:HAS_IDENTIFIER]->(n) })
RETURN n.id AS id
