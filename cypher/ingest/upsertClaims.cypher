// Upserts claims by id with their policy, claimant, adjuster and provider; a reference that
// changed since the last import replaces the old relationship.
// Parameters: $rows [{id, policyId, claimantId, incidentDate, reportedDate, amount, cause, status,
//   adjusterId, providerId, subjectRef, invoiceNo}].
// Columns: written.
UNWIND $rows AS row
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
