// Every RED_LIST or AWARD credit record not withdrawn, whatever its date, with the members of its
// subject's resolved entity (by resolution's read view, docs/resolution.md) and what the red list
// shows of each member: the facts the red list of any day is computed from (RedList), with the
// black list's (a blacklisted entity is never on the red list). Kept in memory by ListsModel, read
// per request while that is being brought up to date. Personal id numbers are never read.
// Parameters: none.
// Columns: recordId, recordKind, date, severity, detail, subjectId, resolvedId,
//   members (list of {id, name, type, licenseNo}, by id).
MATCH (r:CreditRecord)
WHERE r.kind IN ['RED_LIST', 'AWARD'] AND coalesce(r.withdrawn, false) = false
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
WITH r, p, rid, m
ORDER BY m.id
WITH r, p, rid, collect({
       id: m.id,
       name: m.name,
       type: [l IN labels(m) WHERE NOT l IN ['Entity', 'Party']][0],
       licenseNo: m.licenseNo
     }) AS members
RETURN r.id AS recordId,
       r.kind AS recordKind,
       r.date AS date,
       r.severity AS severity,
       r.detail AS detail,
       p.id AS subjectId,
       rid AS resolvedId,
       members
ORDER BY recordId
