// Every policy for FAKE_POLICY and FICTITIOUS_BUSINESS (checked in Java, Detectors#policyAlerts):
// its insurer (ISSUED_BY), agent (SOLD_BY), intermediary (VIA), start and cancellation dates,
// and whether the insurer did not confirm it (insurerConfirmed = false).
// Parameters: none.
// Columns: policyId, insurerId, agentId, intermediaryId, startDate, cancelledOn, unconfirmed.
MATCH (p:Policy)
OPTIONAL MATCH (p)-[:ISSUED_BY]->(ins:Insurer)
OPTIONAL MATCH (p)-[:SOLD_BY]->(agent:Practitioner)
OPTIONAL MATCH (p)-[:VIA]->(imd:Intermediary)
RETURN p.id AS policyId,
       ins.id AS insurerId,
       agent.id AS agentId,
       imd.id AS intermediaryId,
       p.startDate AS startDate,
       p.cancelledOn AS cancelledOn,
       coalesce(p.insurerConfirmed, true) = false AS unconfirmed
