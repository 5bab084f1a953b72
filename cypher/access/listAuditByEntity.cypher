// Audit entries about one entity ("who looked at this person"), newest first, optionally also
// by actor and time window. Parameters: $entityId, $actor (or null), $from, $to (datetimes or
// null; from inclusive, to exclusive), $skip, $limit.
// Columns: at, actor, role, action, entityId, purpose, status.
MATCH (a:AuditEntry)
WHERE a.entityId = $entityId
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN a.at AS at, a.actor AS actor, a.role AS role, a.action AS action, a.entityId AS entityId,
       a.purpose AS purpose, a.status AS status
ORDER BY at DESC, elementId(a)
SKIP $skip
LIMIT $limit
