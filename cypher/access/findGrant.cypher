// Whether an insurer holds an approved, unexpired request of this scope for this entity.
// Parameters: $orgId, $entityId, $scope, $now. Columns: id (the request, newest expiry first).
MATCH (r:AccessRequest {orgId: $orgId, entityId: $entityId, scope: $scope, status: 'APPROVED'})
WHERE r.expiresAt > $now
RETURN r.id AS id
ORDER BY r.expiresAt DESC
LIMIT 1
