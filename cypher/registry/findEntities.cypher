// Answers: the entities with the given business ids (unknown ids are left out).
// Parameters: $ids (list of strings)
// Columns: id, type (domain label), properties (map, id included)
UNWIND $ids AS entityId
MATCH (n:Entity {id: entityId})
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0] AS type,
       properties(n) AS properties
