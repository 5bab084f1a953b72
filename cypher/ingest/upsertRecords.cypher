// Upserts credit records (complaints, litigation, violations, awards, red-list entries…) by id
// with the party they are about. An import never resets the disputed flag of an objection.
// Parameters: $rows [{id, subjectId, kind, date, severity, detail}]. Columns: written.
UNWIND $rows AS row
MERGE (r:Entity {id: row.id})
ON CREATE SET r.disputed = false
SET r:CreditRecord,
    r.kind = row.kind,
    r.date = row.date,
    r.severity = row.severity,
    r.detail = row.detail
WITH r, row
MATCH (subject:Party {id: row.subjectId})
CALL (r, subject) {
  OPTIONAL MATCH (r)-[old:ABOUT]->(x)
  WHERE x <> subject
  DELETE old
}
MERGE (r)-[:ABOUT]->(subject)
RETURN count(*) AS written
