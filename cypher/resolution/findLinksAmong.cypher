// Answers: the SAME_AS links between two of these parties, with score, decision and evidence (the
// registry's network view shows them).
// Parameters: $ids (party ids)
// Columns: a, b (party ids, a < b), score, decision, fields, levels, weights, priorWeight
UNWIND $ids AS partyId
MATCH (a:Party {id: partyId})-[r:SAME_AS]->(b:Party)
WHERE b.id IN $ids
RETURN a.id AS a,
       b.id AS b,
       r.score AS score,
       r.decision AS decision,
       r.fields AS fields,
       r.levels AS levels,
       r.weights AS weights,
       r.priorWeight AS priorWeight
ORDER BY a, b
