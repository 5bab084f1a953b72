// The bipartite claim-party graph of the suspicion scores and of ring linkage: every claim with
// its status, incident date, the people on it (one id per FILED or PARTY_TO relationship, so a
// person may repeat), the claimants (one id per FILED) and the professionals (provider, adjuster,
// the policy's agent and intermediary).
// Parameters: none.
// Columns: claimId, policyId, status, incidentDate, people, filers, professionals.
MATCH (c:Claim)
OPTIONAL MATCH (c)-[:ON_POLICY]->(p:Policy)
RETURN c.id AS claimId,
       p.id AS policyId,
       c.status AS status,
       c.incidentDate AS incidentDate,
       COLLECT { MATCH (x:Party)-[:FILED|PARTY_TO]->(c) RETURN x.id } AS people,
       COLLECT { MATCH (x:Party)-[:FILED]->(c) RETURN x.id } AS filers,
       COLLECT { MATCH (c)-[:SERVICED_BY|ADJUSTED_BY]->(x:Party) RETURN x.id
                 UNION
                 MATCH (p)-[:SOLD_BY|VIA]->(x:Party) RETURN x.id } AS professionals
