// The user with a name, for sign-in and user management.
// Parameters: $name
// Columns: name, passwordHash, role, orgId, entityId, createdAt, enabled (at most one row)
MATCH (u:User {name: $name})
RETURN u.name AS name,
       u.passwordHash AS passwordHash,
       u.role AS role,
       u.orgId AS orgId,
       u.entityId AS entityId,
       u.createdAt AS createdAt,
       u.enabled AS enabled
