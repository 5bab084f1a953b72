// Upserts Provider parties by id (insert or update; re-running the same rows changes nothing).
// Parameters: $rows [{id, name, kind}] (absent values are null and remove the property).
// Columns: written.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Party:Provider,
    n.name = row.name, n.kind = row.kind
RETURN count(*) AS written
