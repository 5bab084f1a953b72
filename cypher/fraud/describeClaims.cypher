// The checkable facts of some claims for alert evidence: policy, insurer, claimant, dates,
// cause, amount, subjectRef, invoiceNo, provider and adjuster.
// Parameters: $ids (LIST<STRING>).
// Columns: id, policyId, insurerId, claimantId, incidentDate, reportedDate, cause, amount, status,
//   subjectRef, invoiceNo, providerId, adjusterId.
UNWIND $ids AS claimId
MATCH (c:Claim {id: claimId})
OPTIONAL MATCH (c)-[:ON_POLICY]->(p:Policy)
OPTIONAL MATCH (p)-[:ISSUED_BY]->(ins:Insurer)
OPTIONAL MATCH (who:Consumer)-[:FILED]->(c)
OPTIONAL MATCH (c)-[:SERVICED_BY]->(prov:Provider)
OPTIONAL MATCH (c)-[:ADJUSTED_BY]->(adj:Practitioner)
RETURN c.id AS id,
       p.id AS policyId,
       ins.id AS insurerId,
       who.id AS claimantId,
       toString(c.incidentDate) AS incidentDate,
       toString(c.reportedDate) AS reportedDate,
       c.cause AS cause,
       c.amount AS amount,
       c.status AS status,
       c.subjectRef AS subjectRef,
       c.invoiceNo AS invoiceNo,
       prov.id AS providerId,
       adj.id AS adjusterId
ORDER BY id
