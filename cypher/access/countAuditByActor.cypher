// How many audit entries listAuditByActor selects. Parameters: $actor, $from, $to.
// Columns: total.
MATCH (a:AuditEntry)
WHERE a.actor = $actor
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN count(a) AS total
