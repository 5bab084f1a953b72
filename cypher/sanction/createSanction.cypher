// Records a sanction against a party (CREATE: the :Entity(id) constraint rejects a taken id).
// Parameters: $subjectId, $row {id, authority, kind, severity, blacklist, decidedOn,
//   effectiveFrom, effectiveTo, reason, recordedBy}. Columns: id.
MATCH (p:Party {id: $subjectId})
CREATE (s:Entity:Sanction {id: $row.id})
SET s.authority = $row.authority,
    s.kind = $row.kind,
    s.severity = $row.severity,
    s.blacklist = $row.blacklist,
    s.decidedOn = $row.decidedOn,
    s.effectiveFrom = $row.effectiveFrom,
    s.effectiveTo = $row.effectiveTo,
    s.reason = $row.reason,
    s.disputed = false,
    s.withdrawn = false,
    s.recordedBy = $row.recordedBy,
    s.recordedAt = datetime()
CREATE (s)-[:AGAINST]->(p)
RETURN s.id AS id
