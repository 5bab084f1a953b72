// Answers: the resolved entity of every party (its own id when it carries none), for evaluation.
// Parameters: none
// Columns: id, resolvedId
MATCH (p:Party)
RETURN p.id AS id,
       coalesce(p.resolvedId, p.id) AS resolvedId
