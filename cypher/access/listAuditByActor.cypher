// Audit entries of one user, newest first, optionally within a time window.
// Parameters: $actor, $from, $to (datetimes or null; from inclusive, to exclusive), $skip, $limit.
// Columns: at, actor, role, action, entityId, purpose, status.
MATCH (a:AuditEntry)
WHERE a.actor = $actor
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN a.at AS at, a.actor AS actor, a.role AS role, a.action AS action, a.entityId AS entityId,
       a.purpose AS purpose, a.status AS status
ORDER BY at DESC, elementId(a)
SKIP $skip
LIMIT $limit
