// Settlement and cancellation behaviour of a batch of insurers over a window: the policies they
// issued that started in it (and of them the cancelled), the claims on their policies incurred in
// it, decided (PAID or DENIED), DENIED, still OPEN after reporting before $delayBefore, and FRAUD.
// Parameters: $ids (list of insurer ids), $windowStart, $asOf, $delayBefore (DATEs).
// Columns: id, policies, cancelled, claims, decided, denied, delayed, fraud.
UNWIND $ids AS pid
MATCH (f:Insurer {id: pid})
CALL (f) {
  OPTIONAL MATCH (pol:Policy)-[:ISSUED_BY]->(f)
  WHERE pol.startDate >= $windowStart AND pol.startDate <= $asOf
  RETURN count(pol) AS policies,
         count(CASE WHEN pol.status = 'CANCELLED' AND (pol.cancelledOn IS NULL OR pol.cancelledOn <= $asOf) THEN 1 END) AS cancelled
}
CALL (f) {
  OPTIONAL MATCH (c:Claim)-[:ON_POLICY]->(:Policy)-[:ISSUED_BY]->(f)
  WHERE c.incidentDate >= $windowStart AND c.incidentDate <= $asOf
  RETURN count(c) AS claims,
         count(CASE WHEN c.status IN ['PAID', 'DENIED'] THEN 1 END) AS decided,
         count(CASE WHEN c.status = 'DENIED' THEN 1 END) AS denied,
         count(CASE WHEN c.status = 'OPEN' AND coalesce(c.reportedDate, c.incidentDate) < $delayBefore THEN 1 END) AS delayed,
         count(CASE WHEN c.status = 'FRAUD' THEN 1 END) AS fraud
}
RETURN f.id AS id, policies, cancelled, claims, decided, denied, delayed, fraud
