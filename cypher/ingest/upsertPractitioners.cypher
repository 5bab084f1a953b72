// Upserts Practitioner parties by id (insert or update; re-running the same rows changes nothing).
// Parameters: $rows [{id, name, idNumber, kind, licenseNo, status}] (absent values are null and remove the property).
// Columns: written.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Party:Practitioner,
    n.name = row.name, n.idNumber = row.idNumber, n.kind = row.kind, n.licenseNo = row.licenseNo, n.status = row.status
RETURN count(*) AS written
