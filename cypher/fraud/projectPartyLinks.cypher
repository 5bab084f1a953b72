// Projects the party-party linkage for ring detection as the GDS graph $graphName (undirected,
// relationship property `weight`). Two parties are linked by the identifiers they share (phone,
// address, bank account, e-mail, device), each identifier weighing $identifierWeight / (h - 1)
// for h holders and nothing above $maxIdentifierHolders holders (a shared family address adds
// little, a call-centre number nothing), and by the claims they are both on as claimant or
// claim party, each claim weighing 1 / (n - 1) for its n people; people on more than
// $maxPartyClaims claims (busy lawyers) link nobody. Pairs below $minLinkWeight are left out.
// Parameters: $graphName, $identifierWeight (FLOAT), $maxIdentifierHolders (INTEGER),
//   $maxPartyClaims (INTEGER), $minLinkWeight (FLOAT).
// Columns: graphName, nodeCount, relationshipCount.
CALL () {
  MATCH (i:Identifier)
  WITH i, COUNT { (i)<-[:HAS_IDENTIFIER]-() } AS holders
  WHERE holders >= 2 AND holders <= $maxIdentifierHolders
  MATCH (a:Party)-[:HAS_IDENTIFIER]->(i)<-[:HAS_IDENTIFIER]-(b:Party)
  WHERE elementId(a) < elementId(b)
  RETURN a, b, $identifierWeight / (holders - 1) AS w
  UNION ALL
  MATCH (c:Claim)
  WITH c, COLLECT {
    MATCH (x:Party)-[:FILED|PARTY_TO]->(c)
    WHERE COUNT { (x)-[:FILED|PARTY_TO]->() } <= $maxPartyClaims
    RETURN DISTINCT x
  } AS people
  WHERE size(people) >= 2
  UNWIND people AS a
  UNWIND people AS b
  WITH a, b, size(people) AS n
  WHERE elementId(a) < elementId(b)
  RETURN a, b, 1.0 / (n - 1) AS w
}
WITH a, b, sum(w) AS weight
WHERE weight >= $minLinkWeight
WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: weight}},
     {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName,
       g.nodeCount AS nodeCount,
       g.relationshipCount AS relationshipCount
