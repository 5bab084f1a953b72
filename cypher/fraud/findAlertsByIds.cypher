// The claims and parties that some alerts name (a confirmed case's fraud).
// Parameters: $ids (alert ids).
// Columns: id, claimIds, partyIds.
UNWIND $ids AS aid
MATCH (a:FraudAlert {id: aid})
RETURN a.id AS id,
       COLLECT { MATCH (a)-[:NAMES]->(c:Claim) RETURN c.id ORDER BY c.id } AS claimIds,
       COLLECT { MATCH (a)-[:NAMES]->(p:Party) RETURN p.id ORDER BY p.id } AS partyIds
