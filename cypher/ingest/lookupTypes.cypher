// The type of each id that exists: answers which references of a batch resolve and whether an
// id is already used by an entity of another type.
// Parameters: $ids (list of strings). Columns: id, type (the domain label, e.g. 'Consumer').
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id AS id, [l IN labels(n) WHERE NOT l IN ['Entity', 'Party']][0] AS type
