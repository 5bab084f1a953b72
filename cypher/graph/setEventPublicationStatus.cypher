// Moves a publication to PROCESSING or FAILED (a failed one counts one more attempt).
// Parameters: $id (UUID text), $status. Columns: id.
MATCH (e:EventPublication {id: $id})
SET e.status = $status,
    e.completionAttempts = e.completionAttempts + CASE WHEN $status = 'FAILED' THEN 1 ELSE 0 END
RETURN e.id AS id
