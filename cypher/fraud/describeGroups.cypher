// The claim activity of candidate ring groups: for each group, its members with type and
// whether they are among $blacklisted (the sanction module's answer for the day), and the claims its members
// filed, each with amount, incident date, provider, adjuster, the policy's agent and
// intermediary, and the other members on the claim (as driver, witness, passenger...).
// Groups with fewer than $minMembers members or fewer than $minClaims claims are skipped.
// Parameters: $groups [{key, memberIds}], $blacklisted (list of party ids), $minMembers, $minClaims (INTEGER).
// Columns: key, members [{id, type, sanctioned}], claims [{id, claimantId, amount, incidentDate,
//   status, providerId, adjusterId, agentId, intermediaryId, memberParties [{id, role}]}].
UNWIND $groups AS g
WITH g
WHERE size(g.memberIds) >= $minMembers
  AND COUNT { MATCH (m:Consumer)-[:FILED]->(:Claim) WHERE m.id IN g.memberIds } >= $minClaims
CALL (g) {
  UNWIND g.memberIds AS mid
  MATCH (m:Party {id: mid})
  RETURN collect({id: m.id,
                  type: [l IN labels(m) WHERE NOT l IN ['Entity', 'Party']][0],
                  sanctioned: m.id IN $blacklisted}) AS members
}
CALL (g) {
  UNWIND g.memberIds AS mid
  MATCH (:Consumer {id: mid})-[:FILED]->(c:Claim)
  OPTIONAL MATCH (c)-[:SERVICED_BY]->(prov:Provider)
  OPTIONAL MATCH (c)-[:ADJUSTED_BY]->(adj:Practitioner)
  OPTIONAL MATCH (c)-[:ON_POLICY]->(p:Policy)
  OPTIONAL MATCH (p)-[:SOLD_BY]->(agent:Practitioner)
  OPTIONAL MATCH (p)-[:VIA]->(imd:Intermediary)
  WITH c, mid, prov, adj, agent, imd
  ORDER BY c.id
  RETURN collect({id: c.id, claimantId: mid, amount: c.amount, incidentDate: c.incidentDate, status: c.status,
                  providerId: prov.id, adjusterId: adj.id, agentId: agent.id, intermediaryId: imd.id,
                  memberParties: COLLECT {
                    MATCH (x:Party)-[r:PARTY_TO]->(c)
                    WHERE x.id IN g.memberIds
                    RETURN {id: x.id, role: r.role} AS mp
                    ORDER BY mp.id, mp.role
                  }}) AS claims
}
RETURN g.key AS key,
       members,
       claims
