// Projects the links of the connected groups too large to be one ring as the GDS graph
// $graphName (undirected, relationship property `weight`) for Louvain. The links were summed in
// Java (PartyLinks), so they come as three parallel lists of party ids and weights, in a fixed
// order (so GDS numbers the nodes the same way on every run).
// Parameters: $graphName, $sources (LIST<STRING>), $targets (LIST<STRING>), $weights (LIST<FLOAT>).
// Columns: graphName, nodeCount, relationshipCount.
UNWIND range(0, size($sources) - 1) AS k
MATCH (a:Party {id: $sources[k]})
MATCH (b:Party {id: $targets[k]})
WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: $weights[k]}},
     {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName,
       g.nodeCount AS nodeCount,
       g.relationshipCount AS relationshipCount
