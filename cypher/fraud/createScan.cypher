// Records a finished scan with its counts by kind (JSON text) and duration.
// Parameters: $scan {id, startedAt, finishedAt, tookMs, counts, referenceDate}.
// Columns: id.
CREATE (s:FraudScan)
SET s = $scan
RETURN s.id AS id
