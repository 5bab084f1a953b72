// The latest finished scan.
// Parameters: none.
// Columns: id, finishedAt, tookMs, counts.
MATCH (s:FraudScan)
RETURN s.id AS id,
       s.finishedAt AS finishedAt,
       s.tookMs AS tookMs,
       s.counts AS counts
ORDER BY s.finishedAt DESC, s.id DESC
LIMIT 1
