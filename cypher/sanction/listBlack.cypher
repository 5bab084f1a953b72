// The black list on $asOf: every party whose resolved entity has a blacklisting sanction in force
// (not withdrawn) against it or against another member (members by resolution's read view, docs/resolution.md: the
// same person or firm under another insurer's id is on the list under each of its ids); one row
// per party with the entity's gravest, then latest, such sanction; ordered by party id. Personal
// id numbers are never returned. Parameters: $asOf (DATE), $skip, $limit.
// Columns: partyId, name, type, licenseNo, sanctionId, authority, kind, severity, reason,
//   decidedOn, effectiveFrom, effectiveTo, disputed, sanctionedId (the member the sanction is
//   against), resolvedId.
MATCH (s:Sanction)
WHERE s.blacklist = true
  AND s.effectiveFrom <= $asOf
  AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
MATCH (s)-[:AGAINST]->(p:Party)
WITH s, p, coalesce(p.resolvedId, p.id) AS rid
CALL (rid) {
  MATCH (m:Party)
  WHERE m.resolvedId = rid
  RETURN m
  UNION
  MATCH (m:Party {id: rid})
  WHERE m.resolvedId IS NULL OR m.resolvedId = rid
  RETURN m
}
WITH m, rid, s, p
ORDER BY m.id, s.severity DESC, s.effectiveFrom DESC, s.id
WITH m, rid, head(collect({sanction: s, subject: p})) AS top
ORDER BY m.id
SKIP $skip
LIMIT $limit
WITH m, rid, top.sanction AS s, top.subject AS p
RETURN m.id AS partyId,
       m.name AS name,
       [l IN labels(m) WHERE NOT l IN ['Entity', 'Party']][0] AS type,
       m.licenseNo AS licenseNo,
       s.id AS sanctionId,
       s.authority AS authority,
       s.kind AS kind,
       s.severity AS severity,
       s.reason AS reason,
       s.decidedOn AS decidedOn,
       s.effectiveFrom AS effectiveFrom,
       s.effectiveTo AS effectiveTo,
       coalesce(s.disputed, false) AS disputed,
       p.id AS sanctionedId,
       rid AS resolvedId
