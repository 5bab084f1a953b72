// The members of every resolved entity of more than one party, from resolution's read view: every
// member but the smallest carries resolvedId, the smallest member's id (docs/resolution.md).
// Parameters: none.
// Columns: resolvedId, members (list of party ids, the resolved id's party included).
MATCH (p:Party)
WHERE p.resolvedId IS NOT NULL
WITH p.resolvedId AS resolvedId, collect(p.id) AS others
RETURN resolvedId,
       [resolvedId] + others AS members
