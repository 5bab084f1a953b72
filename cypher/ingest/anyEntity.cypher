// Whether the graph holds any domain entity (an empty graph gets the sample dataset).
// Parameters: none. Columns: any (boolean).
RETURN EXISTS { MATCH (:Entity) } AS any
