// How many alerts listAlerts would list over all pages.
// Parameters: $scanId, $kind, $minScore (FLOAT).
// Columns: total.
MATCH (x:FraudAlert)
WHERE x.scanId = $scanId
  AND x.suppressed = false
  AND ($kind IS NULL OR x.kind = $kind)
  AND x.score >= $minScore
RETURN count(x) AS total
