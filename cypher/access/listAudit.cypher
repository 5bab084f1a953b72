// Every audit entry within a time window, newest first.
// Parameters: $from, $to (datetimes or null; from inclusive, to exclusive), $skip, $limit.
// Columns: at, actor, role, action, entityId, purpose, status.
MATCH (a:AuditEntry)
WHERE ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN a.at AS at, a.actor AS actor, a.role AS role, a.action AS action, a.entityId AS entityId,
       a.purpose AS purpose, a.status AS status
ORDER BY at DESC, elementId(a)
SKIP $skip
LIMIT $limit
