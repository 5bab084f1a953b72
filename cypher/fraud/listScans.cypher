// Finished scans, newest first, with their counts by kind (JSON text): the alerts over time.
// Parameters: $skip, $limit.
// Columns: id, finishedAt, referenceDate, tookMs, counts.
MATCH (s:FraudScan)
RETURN s.id AS id,
       s.finishedAt AS finishedAt,
       s.referenceDate AS referenceDate,
       s.tookMs AS tookMs,
       s.counts AS counts
ORDER BY s.finishedAt DESC, s.id DESC
SKIP $skip
LIMIT $limit
