// Projects the links of the connected groups too large to be one ring as the GDS graph
// $graphName (undirected, relationship property `weight`) for Louvain. The links were summed in
// Java (PartyLinks), so they come as three parallel lists; node ids are the scan's party indexes.
// Parameters: $graphName, $sources (LIST<INTEGER>), $targets (LIST<INTEGER>), $weights (LIST<FLOAT>).
// Columns: graphName, nodeCount, relationshipCount.
UNWIND range(0, size($sources) - 1) AS k
WITH gds.graph.project($graphName, $sources[k], $targets[k], {relationshipProperties: {weight: $weights[k]}},
     {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName,
       g.nodeCount AS nodeCount,
       g.relationshipCount AS relationshipCount
