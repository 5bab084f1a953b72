// One sanction with the party it is against and its history of changes, oldest first.
// Parameters: $id. Columns: id, subjectId, subjectType, subjectName, authority, kind, severity,
//   blacklist, decidedOn, effectiveFrom, effectiveTo, reason, disputed, withdrawn, changes
//   (list of maps {kind, at, by, reason, previousEffectiveTo, effectiveTo}).
MATCH (s:Sanction {id: $id})-[:AGAINST]->(p:Party)
OPTIONAL MATCH (s)-[:CHANGED]->(c:SanctionChange)
WITH s, p, c
ORDER BY c.at, c.seq
WITH s, p, collect(c {.kind, .at, .by, .reason, .previousEffectiveTo, .effectiveTo}) AS changes
RETURN s.id AS id,
       p.id AS subjectId,
       [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0] AS subjectType,
       p.name AS subjectName,
       s.authority AS authority,
       s.kind AS kind,
       s.severity AS severity,
       s.blacklist AS blacklist,
       s.decidedOn AS decidedOn,
       s.effectiveFrom AS effectiveFrom,
       s.effectiveTo AS effectiveTo,
       s.reason AS reason,
       coalesce(s.disputed, false) AS disputed,
       coalesce(s.withdrawn, false) AS withdrawn,
       changes AS changes
