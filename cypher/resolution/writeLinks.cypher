// Creates or updates SAME_AS links with their score, decision and evidence (parallel lists).
// Parameters: $rows [{a, b, score, decision, fields, levels, weights, priorWeight}] (a < b), $at (datetime)
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
    r.priorWeight = row.priorWeight,
    r.updatedAt = $at
RETURN count(*) AS written
