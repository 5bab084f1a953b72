// Every blacklisting sanction not withdrawn, whatever its period, with the members of its
// subject's resolved entity (by resolution's read view, docs/resolution.md: the same person or
// firm under another insurer's id is on the list under each of its ids) and what the black list
// shows of each member: the facts the black list of any day is computed from (BlackList). Kept
// in memory by ListsModel, read per request while that is being brought up to date.
// Personal id numbers are never read. Parameters: none.
// Columns: sanctionId, authority, kind, severity, reason, decidedOn, effectiveFrom, effectiveTo,
//   disputed, subjectId, resolvedId, members (list of {id, name, type, licenseNo}, by id).
MATCH (s:Sanction)
WHERE s.blacklist = true AND coalesce(s.withdrawn, false) = false
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
WITH s, p, rid, m
ORDER BY m.id
WITH s, p, rid, collect({
       id: m.id,
       name: m.name,
       type: [l IN labels(m) WHERE NOT l IN ['Entity', 'Party']][0],
       licenseNo: m.licenseNo
     }) AS members
RETURN s.id AS sanctionId,
       s.authority AS authority,
       s.kind AS kind,
       s.severity AS severity,
       s.reason AS reason,
       s.decidedOn AS decidedOn,
       s.effectiveFrom AS effectiveFrom,
       s.effectiveTo AS effectiveTo,
       coalesce(s.disputed, false) AS disputed,
       p.id AS subjectId,
       rid AS resolvedId,
       members
ORDER BY sanctionId
