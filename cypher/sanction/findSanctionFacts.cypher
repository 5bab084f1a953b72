// What propagation needs to know about one recorded sanction (lighter than findSanction.cypher:
// no history). Parameters: $id. Columns: sanctionId, subjectId, subjectType, subjectName, kind,
//   severity, blacklist, decidedOn, effectiveFrom, effectiveTo, disputed, withdrawn.
MATCH (s:Sanction {id: $id})-[:AGAINST]->(b:Party)
RETURN s.id AS sanctionId,
       b.id AS subjectId,
       [l IN labels(b) WHERE NOT l IN ['Entity', 'Party']][0] AS subjectType,
       b.name AS subjectName,
       s.kind AS kind,
       s.severity AS severity,
       s.blacklist AS blacklist,
       s.decidedOn AS decidedOn,
       s.effectiveFrom AS effectiveFrom,
       s.effectiveTo AS effectiveTo,
       coalesce(s.disputed, false) AS disputed,
       coalesce(s.withdrawn, false) AS withdrawn
LIMIT 1
