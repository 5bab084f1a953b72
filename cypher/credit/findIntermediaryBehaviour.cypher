// Cancellation and fraud figures of a batch of intermediaries over a window: the policies sold
// through them (VIA) that started in it (and of them the cancelled), the claims on those policies
// incurred in it, decided, denied, delayed and FRAUD.
// Parameters: $ids (list of intermediary ids), $windowStart, $asOf, $delayBefore (DATEs).
// Columns: id, policies, cancelled, claims, decided, denied, delayed, fraud.
UNWIND $ids AS pid
MATCH (f:Intermediary {id: pid})
CALL (f) {
  OPTIONAL MATCH (pol:Policy)-[:VIA]->(f)
  WHERE pol.startDate >= $windowStart AND pol.startDate <= $asOf
  RETURN count(pol) AS policies,
         count(CASE WHEN pol.status = 'CANCELLED' AND (pol.cancelledOn IS NULL OR pol.cancelledOn <= $asOf) THEN 1 END) AS cancelled
}
CALL (f) {
  OPTIONAL MATCH (c:Claim)-[:ON_POLICY]->(:Policy)-[:VIA]->(f)
  WHERE c.incidentDate >= $windowStart AND c.incidentDate <= $asOf
  RETURN count(c) AS claims,
         count(CASE WHEN c.status IN ['PAID', 'DENIED'] THEN 1 END) AS decided,
         count(CASE WHEN c.status = 'DENIED' THEN 1 END) AS denied,
         count(CASE WHEN c.status = 'OPEN' AND coalesce(c.reportedDate, c.incidentDate) < $delayBefore THEN 1 END) AS delayed,
         count(CASE WHEN c.status = 'FRAUD' THEN 1 END) AS fraud
}
RETURN f.id AS id, policies, cancelled, claims, decided, denied, delayed, fraud
