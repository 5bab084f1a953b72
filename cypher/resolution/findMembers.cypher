// Answers: every member of the resolved entity of each of these parties (itself included). A party
// without resolvedId is its own entity's id (only members other than the smallest carry one).
// Parameters: $ids (party ids)
// Columns: id, members (sorted ids)
UNWIND $ids AS partyId
MATCH (p:Party {id: partyId})
WITH p, coalesce(p.resolvedId, p.id) AS rid
RETURN p.id AS id,
       COLLECT {
         CALL (rid) {
           MATCH (m:Party)
           WHERE m.resolvedId = rid
           RETURN m.id AS memberId
           UNION
           MATCH (m:Party {id: rid})
           RETURN m.id AS memberId
         }
         RETURN memberId
         ORDER BY memberId
       } AS members
