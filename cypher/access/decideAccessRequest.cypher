// Decides a PENDING request (no row when it is not pending any more: decisions are final).
// Parameters: $id, $status (APPROVED or REJECTED), $decidedBy, $reason, $now, $expiresAt
//   (null for a rejection).
// Columns: id, entityId, scope, purpose, status, requestedBy, orgId, requestedAt, decidedBy,
//   decidedAt, decisionReason, expiresAt.
MATCH (r:AccessRequest {id: $id})
WHERE r.status = 'PENDING'
SET r.status = $status, r.decidedBy = $decidedBy, r.decidedAt = $now, r.decisionReason = $reason,
    r.expiresAt = $expiresAt
RETURN r.id AS id, r.entityId AS entityId, r.scope AS scope, r.purpose AS purpose, r.status AS status,
       r.requestedBy AS requestedBy, r.orgId AS orgId, r.requestedAt AS requestedAt, r.decidedBy AS decidedBy,
       r.decidedAt AS decidedAt, r.decisionReason AS decisionReason, r.expiresAt AS expiresAt
