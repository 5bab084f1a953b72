// Connected groups of linked parties in the projected graph $graphName (GDS weakly connected
// components over the `weight` links, single-threaded so the output is reproducible).
// Parameters: $graphName, $minLinkWeight (FLOAT).
// Columns: partyId, componentId.
CALL gds.wcc.stream($graphName, {relationshipWeightProperty: 'weight', threshold: $minLinkWeight, concurrency: 1})
YIELD nodeId, componentId
RETURN gds.util.asNode(nodeId).id AS partyId,
       componentId
ORDER BY componentId, partyId
