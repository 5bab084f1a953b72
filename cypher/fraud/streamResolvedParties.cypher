// The parties that resolution put into an entity with others, but the smallest (resolution's
// read view `resolvedId`, docs/resolution.md: the smallest member id, carried by the other
// members; the smallest member and a party alone carry none), for ring detection to count each
// entity as one node. Few parties at any scale (the duplicates), read through the index.
// Parameters: none.
// Columns: partyId, resolvedId.
MATCH (p:Party)
WHERE p.resolvedId IS NOT NULL
RETURN p.id AS partyId, p.resolvedId AS resolvedId
