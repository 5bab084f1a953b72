// Answers: one entity by business id, with its domain type, its properties and how many
// relationships of each type link it to other entities.
// Parameters: $id (string)
// Columns: id, type (domain label), properties (map, id included),
//          relationships (list of {type, count}, ordered by type)
MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(:Entity)
  WITH type(r) AS relType, count(r) AS total
  ORDER BY relType
  RETURN collect({type: relType, count: total}) AS relationships
}
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0] AS type,
       properties(n) AS properties,
       [c IN relationships WHERE c.type IS NOT NULL] AS relationships
