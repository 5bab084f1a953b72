// Answers: what a path answer shows about its nodes, in one read: the entities with these ids and
// every relationship in force on $asOf between two of them, in its stored direction
// (from <= asOf, to absent or >= asOf; relationships without from/to always count).
// Parameters: $ids (list of ids), $asOf (date)
// Columns (one row): nodes (list of {id, type, properties}; unknown ids are left out),
//   edges (list of {source, target, type, properties}, by source, type, target, from and role)
CALL () {
  UNWIND $ids AS entityId
  MATCH (n:Entity {id: entityId})
  RETURN collect({id: n.id,
                  type: [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0],
                  properties: properties(n)}) AS nodes
}
CALL () {
  UNWIND $ids AS sourceId
  MATCH (a:Entity {id: sourceId})-[r]->(b:Entity)
  WHERE b.id IN $ids
    AND (r.from IS NULL OR r.from <= $asOf)
    AND (r.to IS NULL OR r.to >= $asOf)
  WITH a, b, r
  ORDER BY a.id, type(r), b.id, r.from, r.role
  RETURN collect({source: a.id, target: b.id, type: type(r), properties: properties(r)}) AS edges
}
RETURN nodes, edges
