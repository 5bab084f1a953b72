// Sets the bootstrap administrator's password hash, role ADMIN and enabled (configuration wins).
// Parameters: $nameKey (the canonical form of the name), $passwordHash
// Columns: name (no row when the user does not exist)
MATCH (u:User {nameKey: $nameKey})
SET u.passwordHash = $passwordHash,
    u.role = 'ADMIN',
    u.enabled = true,
    u.orgId = null,
    u.entityId = null
RETURN u.name AS name
