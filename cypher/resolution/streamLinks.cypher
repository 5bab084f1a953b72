// Answers: every stored SAME_AS link (the previous run's and decisions'), to write back only changes.
// Parameters: none
// Columns: a, b (party ids, a < b), score, decision
MATCH (a:Party)-[r:SAME_AS]->(b:Party)
RETURN a.id AS a,
       b.id AS b,
       r.score AS score,
       r.decision AS decision
