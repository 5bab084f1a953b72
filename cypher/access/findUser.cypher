// The user with a name, for sign-in and user management: names are compared in their canonical
// form (access.internal.UserNames), so any case of the name finds the user.
// Parameters: $nameKey (the canonical form of the name)
// Columns: name, passwordHash, role, orgId, entityId, createdAt, enabled (at most one row)
MATCH (u:User {nameKey: $nameKey})
RETURN u.name AS name,
       u.passwordHash AS passwordHash,
       u.role AS role,
       u.orgId AS orgId,
       u.entityId AS entityId,
       u.createdAt AS createdAt,
       u.enabled AS enabled
