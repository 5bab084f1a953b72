// Files a special-approval request (PENDING until a regulator decides).
// Parameters: $id, $entityId, $scope (PII or DEEP_NETWORK), $purpose, $requestedBy, $orgId, $now.
// Columns: id, entityId, scope, purpose, status, requestedBy, orgId, requestedAt, decidedBy,
//   decidedAt, decisionReason, expiresAt.
CREATE (r:AccessRequest {id: $id, entityId: $entityId, scope: $scope, purpose: $purpose, status: 'PENDING',
                         requestedBy: $requestedBy, requestedAt: $now})
SET r.orgId = $orgId
RETURN r.id AS id, r.entityId AS entityId, r.scope AS scope, r.purpose AS purpose, r.status AS status,
       r.requestedBy AS requestedBy, r.orgId AS orgId, r.requestedAt AS requestedAt, r.decidedBy AS decidedBy,
       r.decidedAt AS decidedAt, r.decisionReason AS decisionReason, r.expiresAt AS expiresAt
