// How many distinct parties each node links to along the links network propagation follows (the
// same relationship types as findDegrees): what an exposure walk's last hop can reach through it.
// Parameters: $ids (list of entity ids).
// Columns: id, parties.
UNWIND $ids AS nid
MATCH (n:Entity {id: nid})
RETURN nid AS id,
       COUNT { MATCH (n)-[:AFFILIATED_WITH|CONTRACTED_WITH|ISSUED_BY|HOLDS|INSURED_BY|SOLD_BY|VIA|ON_POLICY|FILED|PARTY_TO|ADJUSTED_BY|SERVICED_BY|HAS_IDENTIFIER]-(m:Party) RETURN DISTINCT m } AS parties
