// Answers: how many person decisions were taken on pairs with this party (every pair when $entityId is null).
// Parameters: $entityId (party id or null)
// Columns: total
MATCH (d:ResolutionDecision)
WHERE $entityId IS NULL OR d.a = $entityId OR d.b = $entityId
RETURN count(d) AS total
