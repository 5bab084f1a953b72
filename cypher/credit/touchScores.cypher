// Marks stored scores that a recomputation found unchanged as computed again: only the day and
// time move, so an unchanged party costs two property writes instead of rewriting its factors,
// network and exposures (no history entry: nothing changed).
// Parameters: $rows [{entityId}], $asOf (DATE), $computedAt (DATETIME).
// Columns: touched.
UNWIND $rows AS row
MATCH (s:CreditScore {entityId: row.entityId})
SET s.asOf = $asOf,
    s.computedAt = $computedAt
RETURN count(*) AS touched
