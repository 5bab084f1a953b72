// The domain type and name of each of these parties: the members of resolved entities, whose ids
// resolution's ResolvedMembers gives, so that propagation can start from and continue through them.
// Parameters: $ids (party ids). Columns: id, type, name; no row for an id that is no party.
UNWIND $ids AS partyId
MATCH (p:Party {id: partyId})
RETURN p.id AS id,
       [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0] AS type,
       p.name AS name
