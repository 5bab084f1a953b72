// Answers: the next breadth-first level of a neighbourhood: the entities linked to any
// frontier entity by a relationship in force on $asOf (from <= asOf, to absent or >= asOf;
// relationships without from/to always count), not visited yet, the first $limit by id.
// Parameters: $frontier (list of ids), $visited (list of ids), $asOf (date), $limit (integer)
// Columns: id, type (domain label), properties (map, id included)
UNWIND $frontier AS frontierId
MATCH (:Entity {id: frontierId})-[r]-(m:Entity)
WHERE NOT m.id IN $visited
  AND (r.from IS NULL OR r.from <= $asOf)
  AND (r.to IS NULL OR r.to >= $asOf)
WITH DISTINCT m
ORDER BY m.id
LIMIT $limit
RETURN m.id AS id,
       [l IN labels(m) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0] AS type,
       properties(m) AS properties
