// Answers: the members of a resolved entity, the insurers each is known to, and the links among them.
// A party without resolvedId is its own entity's id: only members other than the smallest carry one.
// Parameters: $resolvedId
// Columns: entityId, type, name, insurerIds (sorted), links (list of {a, b, score, decision} to later members)
CALL () {
  MATCH (p:Party)
  WHERE p.resolvedId = $resolvedId
  RETURN p
  UNION
  MATCH (p:Party {id: $resolvedId})
  WHERE p.resolvedId IS NULL OR p.resolvedId = $resolvedId
  RETURN p
}
WITH p
ORDER BY p.id
RETURN p.id AS entityId,
       [l IN labels(p) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS type,
       p.name AS name,
       COLLECT {
         MATCH (p)-[:HOLDS|INSURED_BY]->(:Policy)-[:ISSUED_BY]->(i:Insurer)
         RETURN i.id
         UNION
         MATCH (p)-[:AFFILIATED_WITH|CONTRACTED_WITH]->(i:Insurer)
         RETURN i.id
         UNION
         MATCH (i:Insurer)
         WHERE i = p
         RETURN i.id
       } AS insurerIds,
       [(p)-[r:SAME_AS]->(o:Party) WHERE coalesce(o.resolvedId, o.id) = $resolvedId
         | {a: p.id, b: o.id, score: r.score, decision: r.decision}] AS links
