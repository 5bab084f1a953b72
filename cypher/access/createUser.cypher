// Creates a user; the unique constraint on :User(nameKey) refuses a name that differs from a
// taken one only by case (or by a Unicode compatibility form).
// Parameters: $name, $nameKey (its canonical form), $passwordHash, $role, $orgId (or null), $entityId (or null)
// Columns: name, passwordHash, role, orgId, entityId, createdAt, enabled
CREATE (u:User {name: $name, nameKey: $nameKey, passwordHash: $passwordHash, role: $role, createdAt: datetime(), enabled: true})
SET u.orgId = $orgId,
    u.entityId = $entityId
RETURN u.name AS name,
       u.passwordHash AS passwordHash,
       u.role AS role,
       u.orgId AS orgId,
       u.entityId AS entityId,
       u.createdAt AS createdAt,
       u.enabled AS enabled
