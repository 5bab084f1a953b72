// One special-approval request by id. Parameters: $id.
// Columns: id, entityId, scope, purpose, status, requestedBy, orgId, requestedAt, decidedBy,
//   decidedAt, decisionReason, expiresAt.
MATCH (r:AccessRequest {id: $id})
RETURN r.id AS id, r.entityId AS entityId, r.scope AS scope, r.purpose AS purpose, r.status AS status,
       r.requestedBy AS requestedBy, r.orgId AS orgId, r.requestedAt AS requestedAt, r.decidedBy AS decidedBy,
       r.decidedAt AS decidedAt, r.decisionReason AS decisionReason, r.expiresAt AS expiresAt
