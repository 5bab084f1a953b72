// Sets the resolved id of parties whose resolved entity changed.
// Parameters: $rows [{id, resolvedId}]
// Columns: written
UNWIND $rows AS row
MATCH (p:Party {id: row.id})
SET p.resolvedId = row.resolvedId
RETURN count(*) AS written
