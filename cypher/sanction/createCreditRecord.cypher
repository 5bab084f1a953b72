// Records a credit record about a party (CREATE: the :Entity(id) constraint rejects a taken id).
// Parameters: $subjectId, $row {id, kind, date, severity, detail, recordedBy}. Columns: id.
MATCH (p:Party {id: $subjectId})
CREATE (r:Entity:CreditRecord {id: $row.id})
SET r.kind = $row.kind,
    r.date = $row.date,
    r.severity = $row.severity,
    r.detail = $row.detail,
    r.disputed = false,
    r.recordedBy = $row.recordedBy,
    r.recordedAt = datetime()
CREATE (r)-[:ABOUT]->(p)
RETURN r.id AS id
