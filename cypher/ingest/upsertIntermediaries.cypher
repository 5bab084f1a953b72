// Upserts Intermediary parties by id (insert or update; re-running the same rows changes nothing).
// Parameters: $rows [{id, name, kind, licenseNo, status}] (absent values are null and remove the property).
// Columns: written.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Party:Intermediary,
    n.name = row.name, n.kind = row.kind, n.licenseNo = row.licenseNo, n.status = row.status
RETURN count(*) AS written
