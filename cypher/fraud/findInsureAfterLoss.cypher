// INSURE_AFTER_LOSS: claims whose incident is before their policy's startDate, or at most
// $withinDays days after it. One row per claim.
// Parameters: $withinDays (INTEGER).
// Columns: claimId, policyId, insurerId, claimantId, agentId, intermediaryId, incidentDate,
//   startDate, daysAfterStart (negative = before the start).
MATCH (c:Claim)-[:ON_POLICY]->(p:Policy)
WHERE c.incidentDate <= p.startDate + duration({days: $withinDays})
MATCH (p)-[:ISSUED_BY]->(ins:Insurer)
OPTIONAL MATCH (who:Consumer)-[:FILED]->(c)
OPTIONAL MATCH (p)-[:SOLD_BY]->(agent:Practitioner)
OPTIONAL MATCH (p)-[:VIA]->(imd:Intermediary)
RETURN c.id AS claimId,
       p.id AS policyId,
       ins.id AS insurerId,
       who.id AS claimantId,
       agent.id AS agentId,
       imd.id AS intermediaryId,
       toString(c.incidentDate) AS incidentDate,
       toString(p.startDate) AS startDate,
       duration.inDays(p.startDate, c.incidentDate).days AS daysAfterStart
ORDER BY claimId
