// Deletes SAME_AS links a run no longer keeps (below the review threshold and undecided).
// Parameters: $rows [{a, b}] (a < b)
// Columns: deleted
UNWIND $rows AS row
MATCH (:Party {id: row.a})-[r:SAME_AS]->(:Party {id: row.b})
DELETE r
RETURN count(*) AS deleted
