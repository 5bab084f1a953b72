// Creates a user; the unique constraint on :User(name) refuses a duplicate name.
// Parameters: $name, $passwordHash, $role, $orgId (or null), $entityId (or null)
// Columns: name, passwordHash, role, orgId, entityId, createdAt, enabled
CREATE (u:User {name: $name, passwordHash: $passwordHash, role: $role, createdAt: datetime(), enabled: true})
SET u.orgId = $orgId,
    u.entityId = $entityId
RETURN u.name AS name,
       u.passwordHash AS passwordHash,
       u.role AS role,
       u.orgId AS orgId,
       u.entityId AS entityId,
       u.createdAt AS createdAt,
       u.enabled AS enabled
