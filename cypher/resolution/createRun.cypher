// Records a resolution run and what it found.
// Parameters: $run {id, kind, startedAt, parties, pairsScored, matched, possible, written, tookMs}
// Columns: id
CREATE (r:ResolutionRun)
SET r = $run
RETURN r.id AS id
