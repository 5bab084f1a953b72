// Answers: the two ends of a path search and its first step, in one read: the entities with ids
// $from and $to (an unknown id is left out), and the neighbours one step from $from as
// expandPathLevel.cypher gives them for the frontier [$from] (one per relationship in force on
// $asOf, not of the types in $excludedTypes), at most $limit: the search's first expansion, which
// always starts from $from, read with the check that both ends exist instead of after it.
// Parameters: $from, $to, $asOf (date), $limit (integer), $excludedTypes (list of strings)
// Columns (one row): ends (list of {id, type, properties}), neighbours (list of ids, one per
//   relationship followed)
CALL () {
  UNWIND [$from, $to] AS entityId
  MATCH (n:Entity {id: entityId})
  RETURN collect({id: n.id,
                  type: [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0],
                  properties: properties(n)}) AS ends
}
CALL () {
  MATCH (:Entity {id: $from})-[r]-(m:Entity)
  WHERE (r.from IS NULL OR r.from <= $asOf)
    AND (r.to IS NULL OR r.to >= $asOf)
    AND NOT type(r) IN $excludedTypes
  WITH m
  LIMIT $limit
  RETURN collect(m.id) AS neighbours
}
RETURN ends, neighbours
