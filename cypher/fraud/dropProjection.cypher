// Drops the projected GDS graph $graphName if it exists.
// Parameters: $graphName.
// Columns: graphName.
CALL gds.graph.drop($graphName, false)
YIELD graphName
RETURN graphName
