// The members of the resolved entity of each of these parties, so that propagation, restrictions
// and the lists treat a resolved entity as one party. Entity resolution's read view
// (docs/resolution.md): a member's resolvedId names the smallest member id; that member and a
// party alone carry none, so a party without one is its own entity's id.
// Parameters: $ids (party ids).
// Columns: id, resolvedId, members (list of {id, type, name} ordered by id, the party itself
//   included); no row for an id that is no party.
UNWIND $ids AS partyId
MATCH (p:Party {id: partyId})
WITH p, coalesce(p.resolvedId, p.id) AS rid
RETURN p.id AS id,
       rid AS resolvedId,
       COLLECT {
         CALL (rid) {
           MATCH (m:Party)
           WHERE m.resolvedId = rid
           RETURN m
           UNION
           MATCH (m:Party {id: rid})
           WHERE m.resolvedId IS NULL OR m.resolvedId = rid
           RETURN m
         }
         RETURN {id: m.id, type: [l IN labels(m) WHERE NOT l IN ['Entity', 'Party']][0], name: m.name} AS member
         ORDER BY member.id
       } AS members
