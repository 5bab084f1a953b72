// INSURE_AFTER_LOSS, two rules. INCIDENT_NEAR_START: the claim's incident is before its policy's
// startDate, or at most $withinDays days after it. PRIOR_LOSS: the claimant claimed a loss of the
// same cause on another policy before this policy started, at most $priorLossDays days before
// this claim's incident (the loss was known when the cover was bought; the new claim's date was
// moved past the start). With $resolveEntities the claimant is the resolved entity (a member
// carries resolvedId, the smallest member id; the smallest member and a party alone carry none),
// so the prior loss may be under another member (one person under two insurers' ids); without
// it, the party.
// A claim meets at most one rule (PRIOR_LOSS only beyond $withinDays); of several prior losses the
// latest is shown. One row per claim.
// Parameters: $withinDays, $priorLossDays (INTEGER), $resolveEntities (BOOLEAN).
// Columns: claimId, policyId, insurerId, claimantId, agentId, intermediaryId, incidentDate,
//   startDate, daysAfterStart (negative = before the start), rule, priorClaimId,
//   priorClaimantId, priorIncidentDate, priorPolicyId, priorInsurerId, priorResolvedId (null unless
//   the prior loss is another member's).
CALL () {
  MATCH (c:Claim)-[:ON_POLICY]->(p:Policy)
  WHERE c.incidentDate <= p.startDate + duration({days: $withinDays})
  RETURN c, p, 'INCIDENT_NEAR_START' AS rule, null AS prior
  UNION
  MATCH (b:Consumer)-[:FILED]->(c:Claim)-[:ON_POLICY]->(p:Policy)
  WHERE c.cause IS NOT NULL
    AND c.incidentDate > p.startDate + duration({days: $withinDays})
    AND c.incidentDate <= p.startDate + duration({days: $priorLossDays})
  WITH b, c, p, CASE WHEN $resolveEntities THEN coalesce(b.resolvedId, b.id) END AS entity
  CALL (b, entity) {
    RETURN b AS a
    UNION
    MATCH (a:Party {resolvedId: entity})
    WHERE entity IS NOT NULL AND a:Consumer
    RETURN a
    UNION
    MATCH (a:Party {id: entity})
    WHERE entity IS NOT NULL AND b.resolvedId IS NOT NULL AND a:Consumer
    RETURN a
  }
  MATCH (a)-[:FILED]->(pc:Claim)-[:ON_POLICY]->(pp:Policy)
  WHERE pp <> p
    AND pc.cause = c.cause
    AND pc.incidentDate < p.startDate
    AND pc.incidentDate >= c.incidentDate - duration({days: $priorLossDays})
  WITH c, p, b, a, entity, pc, pp
  ORDER BY pc.incidentDate DESC, pc.id
  WITH c, p, collect({claimId: pc.id, claimantId: a.id, incidentDate: toString(pc.incidentDate), policyId: pp.id,
                      insurerId: COLLECT { MATCH (pp)-[:ISSUED_BY]->(i:Insurer) RETURN i.id }[0],
                      resolvedId: CASE WHEN a <> b THEN entity END})[0] AS prior
  RETURN c, p, 'PRIOR_LOSS' AS rule, prior
}
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
       duration.inDays(p.startDate, c.incidentDate).days AS daysAfterStart,
       rule,
       prior.claimId AS priorClaimId,
       prior.claimantId AS priorClaimantId,
       prior.incidentDate AS priorIncidentDate,
       prior.policyId AS priorPolicyId,
       prior.insurerId AS priorInsurerId,
       prior.resolvedId AS priorResolvedId
ORDER BY claimId
