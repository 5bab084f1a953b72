// Upserts Practitioner parties by id (insert or update; re-running the same rows changes nothing).
// Parameters: $rows [{id, name, idNumber, kind, licenseNo, status}] (absent values are null and remove the property).
// Columns: written (rows that changed something).
UNWIND $rows AS row
// a stored node that already equals the row needs no write (re-imports of unchanged rows)
OPTIONAL MATCH (known:Practitioner {id: row.id})
WITH row, known
WHERE known IS NULL OR NOT (
  coalesce(known.name = row.name, known.name IS NULL AND row.name IS NULL)
  AND coalesce(known.idNumber = row.idNumber, known.idNumber IS NULL AND row.idNumber IS NULL)
  AND coalesce(known.kind = row.kind, known.kind IS NULL AND row.kind IS NULL)
  AND coalesce(known.licenseNo = row.licenseNo, known.licenseNo IS NULL AND row.licenseNo IS NULL)
  AND coalesce(known.status = row.status, known.status IS NULL AND row.status IS NULL))
MERGE (n:Entity {id: row.id})
SET n:Party:Practitioner,
    n.name = row.name, n.idNumber = row.idNumber, n.kind = row.kind, n.licenseNo = row.licenseNo, n.status = row.status
RETURN count(*) AS written
