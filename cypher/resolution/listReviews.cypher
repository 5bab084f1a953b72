// Answers: a page of the review queue: POSSIBLE links, highest score first.
// Parameters: $skip, $limit
// Columns: entityId, entityName, entityType, otherId, otherName, otherType, score, fields, levels, weights, priorWeight
MATCH (a:Party)-[r:SAME_AS {decision: 'POSSIBLE'}]->(b:Party)
WITH a, r, b
ORDER BY r.score DESC, a.id, b.id
SKIP $skip
LIMIT $limit
RETURN a.id AS entityId,
       a.name AS entityName,
       [l IN labels(a) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS entityType,
       b.id AS otherId,
       b.name AS otherName,
       [l IN labels(b) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0] AS otherType,
       r.score AS score,
       r.fields AS fields,
       r.levels AS levels,
       r.weights AS weights,
       r.priorWeight AS priorWeight
