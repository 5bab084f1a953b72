// FAKE_POLICY: policies the insurer did not confirm (insurerConfirmed = false), sold by a
// practitioner with no AFFILIATED_WITH in force on the startDate to the insurer or to the
// policy's intermediary, or via an intermediary with no CONTRACTED_WITH the insurer in force
// on the startDate. The evidence lists the seller's affiliations and the intermediary's
// contracts with the insurer, so a person can see which one ended. One row per policy.
// Parameters: none.
// Columns: policyId, insurerId, agentId, intermediaryId, startDate, unconfirmed, unaffiliated,
//   uncontracted, affiliations [{orgId, role, from, to}], contracts [{from, to}].
MATCH (p:Policy)-[:ISSUED_BY]->(ins:Insurer)
OPTIONAL MATCH (p)-[:SOLD_BY]->(agent:Practitioner)
OPTIONAL MATCH (p)-[:VIA]->(imd:Intermediary)
WITH p, ins, agent, imd,
     coalesce(p.insurerConfirmed, true) = false AS unconfirmed,
     agent IS NOT NULL AND NOT EXISTS {
       MATCH (agent)-[a:AFFILIATED_WITH]->(o)
       WHERE (o = ins OR o = imd)
         AND a.from <= p.startDate
         AND (a.to IS NULL OR p.startDate <= a.to)
     } AS unaffiliated,
     imd IS NOT NULL AND NOT EXISTS {
       MATCH (imd)-[k:CONTRACTED_WITH]->(ins)
       WHERE k.from <= p.startDate
         AND (k.to IS NULL OR p.startDate <= k.to)
     } AS uncontracted
WHERE unconfirmed OR unaffiliated OR uncontracted
RETURN p.id AS policyId,
       ins.id AS insurerId,
       agent.id AS agentId,
       imd.id AS intermediaryId,
       toString(p.startDate) AS startDate,
       unconfirmed,
       unaffiliated,
       uncontracted,
       CASE WHEN agent IS NULL THEN [] ELSE COLLECT {
         MATCH (agent)-[a:AFFILIATED_WITH]->(o)
         RETURN {orgId: o.id, role: a.role, from: toString(a.from), to: toString(a.to)} AS aff
         ORDER BY aff.orgId, aff.from
       } END AS affiliations,
       CASE WHEN imd IS NULL THEN [] ELSE COLLECT {
         MATCH (imd)-[k:CONTRACTED_WITH]->(ins)
         RETURN {from: toString(k.from), to: toString(k.to)} AS contract
         ORDER BY contract.from
       } END AS contracts
ORDER BY policyId
