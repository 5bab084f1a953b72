// The claims a batch of providers serviced that were incurred in a window, and of them the FRAUD.
// Parameters: $ids (list of provider ids), $windowStart, $asOf (DATEs).
// Columns: id, claims, fraud.
UNWIND $ids AS pid
MATCH (f:Provider {id: pid})
CALL (f) {
  OPTIONAL MATCH (c:Claim)-[:SERVICED_BY]->(f)
  WHERE c.incidentDate >= $windowStart AND c.incidentDate <= $asOf
  RETURN count(c) AS claims,
         count(CASE WHEN c.status = 'FRAUD' THEN 1 END) AS fraud
}
RETURN f.id AS id, claims, fraud
