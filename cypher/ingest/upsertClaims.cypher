// Upserts claims by id with their policy, claimant, adjuster and provider; a reference that
// changed since the last import replaces the old relationship.
// Parameters: $rows [{id, policyId, claimantId, incidentDate, reportedDate, amount, cause, status,
//   adjusterId, providerId, subjectRef, invoiceNo}].
// Columns: written (rows that changed something).
UNWIND $rows AS row
// a stored claim that already equals the row (properties and every relationship) needs no write
OPTIONAL MATCH (known:Claim {id: row.id})
WITH row, known
WHERE known IS NULL OR NOT (
  coalesce(known.incidentDate = row.incidentDate, known.incidentDate IS NULL AND row.incidentDate IS NULL)
  AND coalesce(known.reportedDate = row.reportedDate, known.reportedDate IS NULL AND row.reportedDate IS NULL)
  AND coalesce(known.amount = row.amount, known.amount IS NULL AND row.amount IS NULL)
  AND coalesce(known.cause = row.cause, known.cause IS NULL AND row.cause IS NULL)
  AND coalesce(known.status = row.status, known.status IS NULL AND row.status IS NULL)
  AND coalesce(known.subjectRef = row.subjectRef, known.subjectRef IS NULL AND row.subjectRef IS NULL)
  AND coalesce(known.invoiceNo = row.invoiceNo, known.invoiceNo IS NULL AND row.invoiceNo IS NULL)
  AND [(known)-[:ON_POLICY]->(x) | x.id] = [row.policyId]
  AND [(x)-[:FILED]->(known) | x.id] = [row.claimantId]
  AND [(known)-[:ADJUSTED_BY]->(x) | x.id] = CASE WHEN row.adjusterId IS NULL THEN [] ELSE [row.adjusterId] END
  AND [(known)-[:SERVICED_BY]->(x) | x.id] = CASE WHEN row.providerId IS NULL THEN [] ELSE [row.providerId] END)
MERGE (c:Entity {id: row.id})
SET c:Claim,
    c.incidentDate = row.incidentDate,
    c.reportedDate = row.reportedDate,
    c.amount = row.amount,
    c.cause = row.cause,
    c.status = row.status,
    c.subjectRef = row.subjectRef,
    c.invoiceNo = row.invoiceNo
WITH c, row
MATCH (policy:Policy {id: row.policyId})
MATCH (claimant:Consumer {id: row.claimantId})
OPTIONAL MATCH (adjuster:Practitioner {id: row.adjusterId})
OPTIONAL MATCH (provider:Provider {id: row.providerId})
CALL (c, policy) {
  OPTIONAL MATCH (c)-[old:ON_POLICY]->(x)
  WHERE x <> policy
  DELETE old
}
CALL (c, claimant) {
  OPTIONAL MATCH (x)-[old:FILED]->(c)
  WHERE x <> claimant
  DELETE old
}
CALL (c, adjuster) {
  OPTIONAL MATCH (c)-[old:ADJUSTED_BY]->(x)
  WHERE adjuster IS NULL OR x <> adjuster
  DELETE old
}
CALL (c, provider) {
  OPTIONAL MATCH (c)-[old:SERVICED_BY]->(x)
  WHERE provider IS NULL OR x <> provider
  DELETE old
}
MERGE (c)-[:ON_POLICY]->(policy)
MERGE (claimant)-[:FILED]->(c)
FOREACH (a IN CASE WHEN adjuster IS NULL THEN [] ELSE [adjuster] END | MERGE (c)-[:ADJUSTED_BY]->(a))
FOREACH (s IN CASE WHEN provider IS NULL THEN [] ELSE [provider] END | MERGE (c)-[:SERVICED_BY]->(s))
RETURN count(*) AS written
