// Upserts sanctions by id with the party they are against. The due-process flags (disputed,
// withdrawn) belong to the sanction module: an import never resets them.
// Parameters: $rows [{id, subjectId, authority, kind, severity, blacklist, decidedOn,
//   effectiveFrom, effectiveTo, reason}]. Columns: written.
UNWIND $rows AS row
MERGE (s:Entity {id: row.id})
ON CREATE SET s.disputed = false, s.withdrawn = false
SET s:Sanction,
    s.authority = row.authority,
    s.kind = row.kind,
    s.severity = row.severity,
    s.blacklist = row.blacklist,
    s.decidedOn = row.decidedOn,
    s.effectiveFrom = row.effectiveFrom,
    s.effectiveTo = row.effectiveTo,
    s.reason = row.reason
WITH s, row
MATCH (subject:Party {id: row.subjectId})
CALL (s, subject) {
  OPTIONAL MATCH (s)-[old:AGAINST]->(x)
  WHERE x <> subject
  DELETE old
}
MERGE (s)-[:AGAINST]->(subject)
RETURN count(*) AS written
