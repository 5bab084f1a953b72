// The red list on $asOf: every party whose resolved entity has a RED_LIST or AWARD record dated in
// ($windowStart, $asOf] (not withdrawn) about it or another member, and whose entity has no
// blacklisting sanction in force on $asOf against any member (members by resolution's read view, docs/resolution.md);
// one row per party with the entity's latest such record; ordered by party id. Personal id
// numbers are never returned. Parameters: $asOf (DATE), $windowStart (DATE), $skip, $limit.
// Columns: partyId, name, type, licenseNo, recordId, recordKind, date, severity, detail,
//   recordSubjectId (the member the record is about), resolvedId.
MATCH (r:CreditRecord)
WHERE r.kind IN ['RED_LIST', 'AWARD']
  AND $windowStart < r.date
  AND r.date <= $asOf
  AND coalesce(r.withdrawn, false) = false
MATCH (r)-[:ABOUT]->(p:Party)
WITH r, p, coalesce(p.resolvedId, p.id) AS rid
CALL (rid) {
  MATCH (m:Party)
  WHERE m.resolvedId = rid
  RETURN m
  UNION
  MATCH (m:Party {id: rid})
  WHERE m.resolvedId IS NULL OR m.resolvedId = rid
  RETURN m
}
WITH r, p, rid, collect(m) AS members
WHERE NOT EXISTS {
  UNWIND members AS x
  MATCH (x)<-[:AGAINST]-(s:Sanction)
  WHERE s.blacklist = true
    AND s.effectiveFrom <= $asOf
    AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
    AND coalesce(s.withdrawn, false) = false
  RETURN s
}
UNWIND members AS m
WITH m, rid, r, p
ORDER BY m.id, r.date DESC, r.id
WITH m, rid, head(collect({record: r, subject: p})) AS top
ORDER BY m.id
SKIP $skip
LIMIT $limit
WITH m, rid, top.record AS r, top.subject AS p
RETURN m.id AS partyId,
       m.name AS name,
       [l IN labels(m) WHERE NOT l IN ['Entity', 'Party']][0] AS type,
       m.licenseNo AS licenseNo,
       r.id AS recordId,
       r.kind AS recordKind,
       r.date AS date,
       r.severity AS severity,
       r.detail AS detail,
       p.id AS recordSubjectId,
       rid AS resolvedId
