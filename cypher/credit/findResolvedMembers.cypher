// The members of the resolved entities of a few parties, from resolution's read view (every member
// but the smallest carries resolvedId, the smallest member's id); a party alone is its own member.
// Parameters: $ids (list of party ids).
// Columns: resolvedId, members (list of party ids, the resolved id's party included).
UNWIND $ids AS pid
MATCH (p:Party {id: pid})
WITH DISTINCT coalesce(p.resolvedId, p.id) AS resolvedId
RETURN resolvedId,
       [resolvedId] + COLLECT { MATCH (m:Party) WHERE m.resolvedId = resolvedId RETURN m.id } AS members
