// The domain type of whatever entity carries an id (ids are unique across all labels).
// Parameters: $id. Columns: type.
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE NOT l IN ['Entity', 'Party']][0] AS type
