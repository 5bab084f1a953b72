// The claim history of a batch of consumers: every claim each filed, and the FRAUD claims naming
// it (PARTY_TO) that it did not file.
// Parameters: $ids (list of consumer ids).
// Columns: id, claims (list of maps {id, status, incidentDate, amount, claimant}).
UNWIND $ids AS pid
MATCH (p:Consumer {id: pid})
RETURN p.id AS id,
       COLLECT {
         MATCH (p)-[:FILED]->(c:Claim)
         RETURN c {.id, .status, .incidentDate, .amount, claimant: true}
       } + COLLECT {
         MATCH (p)-[:PARTY_TO]->(c:Claim)
         WHERE c.status = 'FRAUD' AND NOT EXISTS { (p)-[:FILED]->(c) }
         RETURN DISTINCT c {.id, .status, .incidentDate, .amount, claimant: false}
       } AS claims
