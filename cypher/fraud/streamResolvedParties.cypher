// The parties that resolution put into an entity with others (resolution's read view
// `resolvedId`, docs/resolution.md; a party alone has none), for ring detection to count each
// entity as one node. Few parties at any scale (the duplicates), read through the index.
// Parameters: none.
// Columns: partyId, resolvedId.
MATCH (p:Party)
WHERE p.resolvedId IS NOT NULL
RETURN p.id AS partyId, p.resolvedId AS resolvedId
