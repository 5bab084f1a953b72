// Claims an incomplete publication for resubmission; no row when another instance claimed it
// since $notAfter (its last resubmission is newer).
// Parameters: $id (UUID text), $at (DATETIME), $notAfter (DATETIME). Columns: id.
MATCH (e:EventPublication {id: $id})
WHERE e.lastResubmissionDate IS NULL OR e.lastResubmissionDate < $notAfter
SET e.status = 'RESUBMITTED',
    e.lastResubmissionDate = $at
RETURN e.id AS id
