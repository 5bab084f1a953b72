// Special-approval requests, newest first, optionally of one insurer and/or in one status.
// Parameters: $orgId (or null = every insurer), $status (or null = any), $skip, $limit.
// Columns: id, entityId, scope, purpose, status, requestedBy, orgId, requestedAt, decidedBy,
//   decidedAt, decisionReason, expiresAt.
MATCH (r:AccessRequest)
WHERE ($orgId IS NULL OR r.orgId = $orgId)
  AND ($status IS NULL OR r.status = $status)
RETURN r.id AS id, r.entityId AS entityId, r.scope AS scope, r.purpose AS purpose, r.status AS status,
       r.requestedBy AS requestedBy, r.orgId AS orgId, r.requestedAt AS requestedAt, r.decidedBy AS decidedBy,
       r.decidedAt AS decidedAt, r.decisionReason AS decisionReason, r.expiresAt AS expiresAt
ORDER BY requestedAt DESC, id
SKIP $skip
LIMIT $limit
