// Answers: the stored SAME_AS links with an end among these parties (an incremental run's
// affected entities and the links it replaces).
// Parameters: $ids (party ids)
// Columns: a, b (party ids, a < b), score, decision
UNWIND $ids AS partyId
MATCH (:Party {id: partyId})-[r:SAME_AS]-(:Party)
WITH DISTINCT r
MATCH (a:Party)-[r]->(b:Party)
RETURN a.id AS a,
       b.id AS b,
       r.score AS score,
       r.decision AS decision
