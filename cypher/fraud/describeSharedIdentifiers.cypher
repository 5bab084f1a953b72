// The identifiers that at least two members of a group share (ring evidence): kind, identifier
// id and the members holding it, and how many parties hold it in the whole graph.
// Parameters: $groups [{key, memberIds}].
// Columns: key, shared [{identifierId, kind, members, holders}].
UNWIND $groups AS g
CALL (g) {
  MATCH (m:Party)-[:HAS_IDENTIFIER]->(i:Identifier)
  WHERE m.id IN g.memberIds
  WITH i, m.id AS memberId
  ORDER BY memberId
  WITH i, collect(memberId) AS members
  WHERE size(members) >= 2
  RETURN collect({identifierId: i.id, kind: i.kind, members: members,
                  holders: COUNT { (i)<-[:HAS_IDENTIFIER]-() }}) AS shared
}
RETURN g.key AS key,
       shared
