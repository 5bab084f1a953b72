// How many audit entries listAuditByEntity selects. Parameters: $entityId, $actor, $from, $to.
// Columns: total.
MATCH (a:AuditEntry)
WHERE a.entityId = $entityId
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN count(a) AS total
