// One page of users ordered by name.
// Parameters: $skip, $limit
// Columns: name, passwordHash, role, orgId, entityId, createdAt, enabled
MATCH (u:User)
RETURN u.name AS name,
       u.passwordHash AS passwordHash,
       u.role AS role,
       u.orgId AS orgId,
       u.entityId AS entityId,
       u.createdAt AS createdAt,
       u.enabled AS enabled
ORDER BY name
SKIP $skip
LIMIT $limit
