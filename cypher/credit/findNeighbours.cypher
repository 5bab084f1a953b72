// The distinct neighbours of each node along the links network propagation follows (the same
// relationship types as findDegrees), and whether each is a party.
// Parameters: $ids (list of entity ids).
// Columns: id, neighbourId, party (boolean).
UNWIND $ids AS nid
MATCH (n:Entity {id: nid})-[:AFFILIATED_WITH|CONTRACTED_WITH|ISSUED_BY|HOLDS|INSURED_BY|SOLD_BY|VIA|ON_POLICY|FILED|PARTY_TO|ADJUSTED_BY|SERVICED_BY|HAS_IDENTIFIER]-(m:Entity)
RETURN DISTINCT nid AS id,
       m.id AS neighbourId,
       m:Party AS party
