// A party by id with its domain type.
// Parameters: $id. Columns: id, type, name.
MATCH (p:Party {id: $id})
RETURN p.id AS id,
       [l IN labels(p) WHERE NOT l IN ['Entity', 'Party']][0] AS type,
       p.name AS name
