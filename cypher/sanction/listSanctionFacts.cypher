// Every sanction with what propagation needs to know about it (as findSanctionFacts.cypher), for
// a rebuild of the restrictions projection. Parameters: none. Columns: as findSanctionFacts.
MATCH (s:Sanction)-[:AGAINST]->(b:Party)
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
ORDER BY sanctionId
