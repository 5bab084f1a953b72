// Answers: every member of the resolved entities of these parties, and the links among them
// (for re-clustering after a decision).
// Parameters: $ids (party ids)
// Columns: members (list of ids), links (list of {a, b, decision, score, fields, levels, weights, priorWeight})
UNWIND $ids AS partyId
MATCH (p:Party {id: partyId})
WITH collect(DISTINCT coalesce(p.resolvedId, p.id)) AS resolvedIds
CALL (resolvedIds) {
  UNWIND resolvedIds AS rid
  CALL (rid) {
    MATCH (m:Party)
    WHERE m.resolvedId = rid
    RETURN m
    UNION
    MATCH (m:Party {id: rid})
    RETURN m
  }
  RETURN collect(DISTINCT m.id) AS members
}
CALL (members) {
  UNWIND members AS memberId
  MATCH (:Party {id: memberId})-[r:SAME_AS]->(o:Party)
  WHERE o.id IN members
  RETURN collect({a: memberId, b: o.id, decision: r.decision, score: r.score, fields: r.fields, levels: r.levels,
                  weights: r.weights, priorWeight: r.priorWeight}) AS links
}
RETURN members AS members,
       links AS links
