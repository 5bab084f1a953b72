// Creates or updates SAME_AS links with their score, decision and evidence (parallel lists).
// Parameters: $rows [{a, b, score, decision, fields, levels, weights, priorWeight}] (a < b)
// (no time on the link: the same data give the same graph whichever way it was loaded; runs and
// decisions carry their times)
// Columns: written
UNWIND $rows AS row
MATCH (a:Party {id: row.a})
MATCH (b:Party {id: row.b})
MERGE (a)-[r:SAME_AS]->(b)
SET r.score = row.score,
    r.decision = row.decision,
    r.fields = row.fields,
    r.levels = row.levels,
    r.weights = row.weights,
    r.priorWeight = row.priorWeight
RETURN count(*) AS written
