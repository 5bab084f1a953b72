// Answers: the entities an analyst may mean by a search text: an exact id (any type), a
// licence number, an identifier value (the parties holding it) or part of a party name
// (through the TEXT index party_name, once per spelling variant). Every branch honours $type.
// Parameters: $id (string), $licenseNos (list), $identifierIds (list of "<KIND>:<value>"),
//             $nameVariants (list), $type (domain label or null), $limit (integer)
// Columns: id, type (domain label), properties (map), matchedOn, rank (0 best)
MATCH (n:Entity {id: $id})
WHERE $type IS NULL OR $type IN labels(n)
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0] AS type,
       properties(n) AS properties,
       'id' AS matchedOn,
       0 AS rank
UNION ALL
UNWIND $licenseNos AS licenseNo
MATCH (n:Party {licenseNo: licenseNo})
WHERE $type IS NULL OR $type IN labels(n)
WITH DISTINCT n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0] AS type,
       properties(n) AS properties,
       'licenseNo' AS matchedOn,
       1 AS rank
UNION ALL
UNWIND $identifierIds AS identifierId
MATCH (i:Identifier {id: identifierId})<-[:HAS_IDENTIFIER]-(n:Party)
WHERE $type IS NULL OR $type IN labels(n)
WITH n, i
ORDER BY n.id, i.id
LIMIT $limit
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0] AS type,
       properties(n) AS properties,
       'identifier:' + i.kind AS matchedOn,
       2 AS rank
UNION ALL
UNWIND $nameVariants AS variant
MATCH (n:Party)
WHERE n.name CONTAINS variant
  AND ($type IS NULL OR $type IN labels(n))
WITH DISTINCT n
ORDER BY n.name, n.id
LIMIT $limit
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider', 'Policy', 'Claim', 'Identifier', 'Sanction', 'CreditRecord']][0] AS type,
       properties(n) AS properties,
       'name' AS matchedOn,
       3 AS rank
