// Sets the resolved id of parties whose resolved entity changed; null removes it (the party is
// its own entity's id: alone, or the smallest member), so a first run writes only the members
// of entities with more than one party.
// Parameters: $rows [{id, resolvedId (null = its own id)}]
// Columns: written
UNWIND $rows AS row
MATCH (p:Party {id: row.id})
SET p.resolvedId = row.resolvedId
RETURN count(*) AS written
