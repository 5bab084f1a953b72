// Answers: every member of the resolved entity of each of these parties (itself included).
// Parameters: $ids (party ids)
// Columns: id, members (sorted ids)
UNWIND $ids AS partyId
MATCH (p:Party {id: partyId})
WITH p, coalesce(p.resolvedId, p.id) AS rid
RETURN p.id AS id,
       COLLECT {
         MATCH (m:Party)
         WHERE m.resolvedId = rid OR m = p
         RETURN DISTINCT m.id AS memberId
         ORDER BY memberId
       } AS members
