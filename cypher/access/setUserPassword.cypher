// Replaces a user's password hash (an administrator's reset); the old password stops working.
// Parameters: $nameKey (the canonical form of the name), $passwordHash
// Columns: name, passwordHash, role, orgId, entityId, createdAt, enabled (no row when there is no such user)
MATCH (u:User {nameKey: $nameKey})
SET u.passwordHash = $passwordHash
RETURN u.name AS name,
       u.passwordHash AS passwordHash,
       u.role AS role,
       u.orgId AS orgId,
       u.entityId AS entityId,
       u.createdAt AS createdAt,
       u.enabled AS enabled
