// Upserts Consumer parties by id (insert or update; re-running the same rows changes nothing).
// Parameters: $rows [{id, name, idNumber, kind}] (absent values are null and remove the property).
// Columns: written.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Party:Consumer,
    n.name = row.name, n.idNumber = row.idNumber, n.kind = row.kind
RETURN count(*) AS written
