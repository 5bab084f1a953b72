// Whether an entity (any domain node) has this id. Parameters: $id. Columns: id.
MATCH (n:Entity {id: $id})
RETURN n.id AS id
