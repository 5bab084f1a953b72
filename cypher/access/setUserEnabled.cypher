// Enables or disables a user: a disabled user's sign-in is refused (401) with any password.
// Parameters: $nameKey (the canonical form of the name), $enabled
// Columns: name, passwordHash, role, orgId, entityId, createdAt, enabled (no row when there is no such user)
MATCH (u:User {nameKey: $nameKey})
SET u.enabled = $enabled
RETURN u.name AS name,
       u.passwordHash AS passwordHash,
       u.role AS role,
       u.orgId AS orgId,
       u.entityId AS entityId,
       u.createdAt AS createdAt,
       u.enabled AS enabled
