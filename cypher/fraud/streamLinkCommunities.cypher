// Communities of linked parties in the projected graph $graphName (GDS Louvain over the
// `weight` links, single-threaded, so the same graph always gives the same communities); used
// to split connected groups too large to be one ring.
// Parameters: $graphName.
// Columns: partyId, communityId.
CALL gds.louvain.stream($graphName, {relationshipWeightProperty: 'weight', concurrency: 1, maxLevels: 10})
YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS partyId,
       communityId
ORDER BY communityId, partyId
