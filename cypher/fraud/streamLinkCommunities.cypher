// Communities of linked parties in the projected graph $graphName (GDS Louvain over the
// `weight` links, single-threaded, so the same graph always gives the same communities); used
// to split connected groups too large to be one ring. Node ids are the scan's party indexes.
// Parameters: $graphName.
// Columns: party, communityId.
CALL gds.louvain.stream($graphName, {relationshipWeightProperty: 'weight', concurrency: 1, maxLevels: 10})
YIELD nodeId, communityId
RETURN nodeId AS party,
       communityId
ORDER BY communityId, party
