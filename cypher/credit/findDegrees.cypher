// How many links network propagation may follow from each node: the relationships of the domain
// graph between entities (sanctions and records excepted; they are facts, not links).
// Parameters: $ids (list of entity ids).
// Columns: id, degree.
UNWIND $ids AS nid
MATCH (n:Entity {id: nid})
RETURN nid AS id,
       COUNT { (n)-[:AFFILIATED_WITH|CONTRACTED_WITH|ISSUED_BY|HOLDS|INSURED_BY|SOLD_BY|VIA|ON_POLICY|FILED|PARTY_TO|ADJUSTED_BY|SERVICED_BY|HAS_IDENTIFIER]-() } AS degree
