// Connected groups of linked parties in the projected graph $graphName (GDS weakly connected
// components over the `weight` links, single-threaded so the output is reproducible).
// With each party, how many claims it filed, so groups without claim activity are skipped early.
// Parameters: $graphName, $minLinkWeight (FLOAT).
// Columns: partyId, componentId, claims.
CALL gds.wcc.stream($graphName, {relationshipWeightProperty: 'weight', threshold: $minLinkWeight, concurrency: 1})
YIELD nodeId, componentId
WITH gds.util.asNode(nodeId) AS party, componentId
RETURN party.id AS partyId,
       componentId,
       COUNT { (party)-[:FILED]->() } AS claims
ORDER BY componentId, partyId
