// Links two cases as related (once, whatever the direction).
// Parameters: $id, $otherId.
// Columns: id.
MATCH (k:FraudCase {id: $id})
MATCH (o:FraudCase {id: $otherId})
WHERE k <> o
CALL (k, o) {
  WITH k, o
  WHERE NOT EXISTS { (k)-[:RELATED_TO]-(o) }
  CREATE (k)-[:RELATED_TO]->(o)
}
RETURN k.id AS id
